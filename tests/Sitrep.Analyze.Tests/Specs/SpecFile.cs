using System.Globalization;
using System.Text;

namespace Sitrep.Analyze.Tests.Specs;

/// <summary>Reads Markdig-style spec files: prose plus fenced ```example blocks whose text carries inline annotations
/// "[Monday]{DATE=2023-08-07; gran=Day}". An optional first line "Published 2023-08-09." (or "Published none.")
/// sets the anchor and is not part of the text. Each example becomes one test case named "File.md:line".</summary>
public static class SpecFile
{
    public static string PathOf(string fileName)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "Sitrep.Analyze.Tests", "Specs", fileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"Spec file {fileName} not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Theory data: (location, example source) pairs, both strings so each shows as its own test case.</summary>
    public static IEnumerable<object[]> Cases(string fileName)
    {
        var lines = File.ReadAllLines(PathOf(fileName));
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```example") continue;
            int first = i + 1;
            var sb = new StringBuilder();
            for (i = first; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(lines[i]);
            }
            yield return [$"{fileName}:{first + 1}", sb.ToString()];
        }
    }

    public static SpecExample Parse(string location, string source)
    {
        string body = source;
        DateTimeOffset? published = null;
        bool hasTime = false;
        if (body.StartsWith("Published ", StringComparison.Ordinal))
        {
            int nl = body.IndexOf('\n');
            string header = (nl < 0 ? body : body[..nl])["Published ".Length..].TrimEnd('.', ' ');
            body = nl < 0 ? "" : body[(nl + 1)..];
            if (header != "none")
            {
                hasTime = header.Contains('T');
                published = hasTime
                    ? DateTimeOffset.Parse(header, CultureInfo.InvariantCulture)
                    : new DateTimeOffset(DateTime.ParseExact(header, "yyyy-MM-dd", CultureInfo.InvariantCulture), TimeSpan.Zero);
            }
        }
        var text = new StringBuilder();
        var annotations = new List<SpecAnnotation>();
        for (int i = 0; i < body.Length; i++)
        {
            if (body[i] == '[')
            {
                int close = body.IndexOf("]{", i + 1, StringComparison.Ordinal);
                int nextOpen = body.IndexOf('[', i + 1);
                int end = close < 0 ? -1 : body.IndexOf('}', close);
                if (close > 0 && end > 0 && (nextOpen < 0 || nextOpen > close))
                {
                    string inner = body[(i + 1)..close];
                    annotations.Add(ParseLabel(text.Length, inner.Length, body[(close + 2)..end]));
                    text.Append(inner);
                    i = end;
                    continue;
                }
            }
            text.Append(body[i]);
        }
        return new SpecExample(location, source, text.ToString(), published, hasTime, annotations);
    }

    private static SpecAnnotation ParseLabel(int start, int length, string label)
    {
        var parts = label.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int eq = parts[0].IndexOf('=');
        string name = eq < 0 ? parts[0] : parts[0][..eq];
        string? value = eq < 0 ? null : parts[0][(eq + 1)..];
        var attrs = new List<KeyValuePair<string, string>>();
        foreach (var p in parts.Skip(1))
        {
            int e = p.IndexOf('=');
            attrs.Add(e < 0 ? new(p, "true") : new(p[..e], p[(e + 1)..]));
        }
        return new SpecAnnotation(start, length, name, value, attrs);
    }

    /// <summary>Writes text with annotations inline, in the spec's own notation, so Actual and Expected diff as text.
    /// <paramref name="describe"/> renders one actual annotation given the attribute keys the example asked about.</summary>
    public static string Render(string text, IEnumerable<(int Start, int Length, string Label)> annotations)
    {
        var sb = new StringBuilder();
        int pos = 0;
        foreach (var (start, length, label) in annotations.OrderBy(a => a.Start))
        {
            if (start < pos) continue;
            sb.Append(text, pos, start - pos).Append('[').Append(text, start, length).Append("]{").Append(label).Append('}');
            pos = start + length;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    public static string Label(string name, string? value, IEnumerable<KeyValuePair<string, string>> attrs)
    {
        var sb = new StringBuilder(name);
        if (value is not null) sb.Append('=').Append(value);
        foreach (var (k, v) in attrs) sb.Append("; ").Append(k).Append('=').Append(v);
        return sb.ToString();
    }

    /// <summary>Fails with Source / Actual / Expected when the rendered texts differ.</summary>
    public static void AssertSame(SpecExample example, string actual)
    {
        string expected = Render(example.Text, example.Expected.Select(a => (a.Start, a.Length, Label(a.Label, a.Value, a.Attributes))));
        if (expected != actual)
            Assert.Fail($"{example.Location}\nSource:\n{example.Source}\nActual:\n{actual}\nExpected:\n{expected}");
    }
}
