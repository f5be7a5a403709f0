using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Analyze.Places;
using Sitrep.Core;

namespace Sitrep.Analyze.Tests.Places;

/// <summary>Runs each example of Specs/Places.md as a test case named by its line ("Places.md:12").</summary>
public sealed partial class PlaceSpecTests
{
    private static readonly PlaceResolver s_resolver = new(Gazetteer.Default, new PlaceResolverOptions());

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var lines = File.ReadAllLines(SpecPath());
        for (int i = 0; i + 1 < lines.Length; i++)
            if (lines[i] == "```places")
                data.Add($"Places.md:{i + 2}", lines[i + 1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Resolves_places_as_the_spec_marks_them(string example, string expected)
    {
        var text = Mark().Replace(expected, "$1");
        var doc = new Document(text);
        s_resolver.Process(doc, CancellationToken.None);
        var actual = new StringBuilder();
        int at = 0;
        foreach (var p in doc.Get(Layers.Places))
        {
            actual.Append(text, at, p.Span.Start - at).Append('[').Append(doc.TextOf(p.Span)).Append("]{").Append(p.CountryCode).Append(' ').Append(p.Kind).Append('}');
            at = p.Span.End;
        }
        actual.Append(text, at, text.Length - at);
        Assert.True(expected == actual.ToString(), $"{example}\nSource:   {text}\nExpected: {expected}\nActual:   {actual}");
    }

    [GeneratedRegex(@"\[([^\]]+)\]\{[A-Z]{2} [A-Za-z]+\}")]
    private static partial Regex Mark();

    private static string SpecPath([CallerFilePath] string here = "")
        => Path.Combine(Path.GetDirectoryName(here)!, "Specs", "Places.md");
}
