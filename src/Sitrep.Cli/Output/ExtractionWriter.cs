using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Extract;

namespace Sitrep.Cli.Output;

/// <summary>Writes extraction results as text, JSON (one object, or an array for batches), JSON Lines or Markdown.
/// Field names are stable: they are the public format of `sitrep extract`.</summary>
internal sealed class ExtractionWriter(TextWriter output, OutputFormat format, bool batch) : IDisposable
{
    private int _count;

    public void Write(ExtractionResult r)
    {
        // Text and Markdown are for reading: a failure is reported on standard error only. JSON keeps it as a record.
        if (r.Document is null && format is OutputFormat.Text or OutputFormat.Markdown) return;
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(_count == 0 ? (batch ? "[\n" : "") : ",\n");
                output.Write(ToJson(r, indented: true));
                break;
            case OutputFormat.Jsonl:
                output.Write(ToJson(r, indented: false));
                output.Write('\n');
                break;
            case OutputFormat.Markdown:
                if (_count > 0) output.Write("\n---\n\n");
                WriteMarkdown(r);
                break;
            default:
                if (_count > 0) output.Write("\n" + new string('=', 72) + "\n\n");
                WriteText(r);
                break;
        }
        _count++;
        output.Flush();
    }

    public void Dispose()
    {
        if (format == OutputFormat.Json)
            output.Write(batch ? (_count == 0 ? "[]\n" : "\n]\n") : (_count > 0 ? "\n" : ""));
        output.Flush();
    }

    public static string ToJson(ExtractionResult r, bool indented) => Serialize(w => WriteJson(w, r), indented);

    /// <summary>One JSON value as a string; non-ASCII text stays readable (no \u escapes).</summary>
    public static string Serialize(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(w);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <param name="withProblems">False where the caller writes the problems itself (analyze lists them beside the
    /// layers); the article's own list is then empty, and its source still names the input.</param>
    public static void WriteJson(Utf8JsonWriter w, ExtractionResult r, bool withProblems = true)
    {
        var m = r.Document?.Meta;
        w.WriteStartObject();
        w.WriteString("source", m?.Source ?? r.Problems.FirstOrDefault()?.Source);
        w.WriteString("url", m?.Url);
        w.WriteString("title", m?.Title);
        w.WriteStartArray("authors");
        foreach (var a in m?.Authors ?? []) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteString("published", IsoDate(m?.Published, m?.PublishedHasTime ?? false, m?.PublishedHasOffset ?? false));
        w.WriteString("modified", IsoDate(m?.Modified, m?.ModifiedHasTime ?? false, m?.ModifiedHasOffset ?? false));
        w.WriteString("site_name", m?.SiteName);
        w.WriteString("language", m?.Language);
        w.WriteString("description", m?.Description);
        w.WriteString("image", m?.Image);
        w.WriteString("section", m?.Section);
        w.WriteStartArray("tags");
        foreach (var t in m?.Tags ?? []) w.WriteStringValue(t);
        w.WriteEndArray();
        if (m?.Syndication is { } s)
        {
            w.WriteStartObject("syndication");
            w.WriteString("publisher", s.Publisher);
            w.WriteString("url", s.Url);
            w.WriteString("statement", s.Statement);
            w.WriteEndObject();
        }
        else w.WriteNull("syndication");
        w.WriteBoolean("is_article", r.IsArticle);
        w.WriteString("not_article_reason", r.IsArticle ? null : r.NotArticleReason);
        w.WriteString("text", r.Document?.Text);
        w.WriteStartObject("removed");
        foreach (var (k, v) in r.Removed.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(k, v);
        w.WriteEndObject();
        w.WriteString("charset", r.Charset);
        w.WriteStartArray("paragraphs");
        if (r.Document is { } d)
            foreach (var p in d.Get(Layers.Paragraphs))
            {
                w.WriteStartObject();
                w.WriteNumber("start", p.Span.Start);
                w.WriteNumber("length", p.Span.Length);
                w.WriteString("kind", KindName(p.Kind));
                w.WriteEndObject();
            }
        w.WriteEndArray();
        WriteProblems(w, withProblems ? r.Problems : []);
        w.WriteEndObject();
    }

    public static void WriteProblems(Utf8JsonWriter w, IEnumerable<Problem> problems)
    {
        w.WriteStartArray("problems");
        foreach (var p in problems)
        {
            w.WriteStartObject();
            w.WriteString("code", p.Code);
            w.WriteString("message", p.Message);
            w.WriteString("stage", p.Stage);
            w.WriteString("source", p.Source);
            w.WriteString("location", p.Location);
            w.WriteBoolean("fatal", p.IsFatal);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static string KindName(ParagraphKind k) => k switch
    {
        ParagraphKind.Heading => "heading",
        ParagraphKind.ListItem => "list_item",
        ParagraphKind.BlockQuote => "block_quote",
        ParagraphKind.Table => "table",
        _ => "body",
    };

    /// <summary>ISO 8601: a date, a local date and time when the page gave no zone, or a date and time with its offset.</summary>
    public static string? IsoDate(DateTimeOffset? d, bool hasTime, bool hasOffset)
        => d is null ? null
            : !hasTime ? d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.Value.ToString(hasOffset ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private void WriteText(ExtractionResult r)
    {
        var m = r.Document!.Meta;
        if (m.Title is { } title) output.WriteLine(title);
        var facts = new List<string>();
        if (m.Authors.Count > 0) facts.Add("by " + string.Join(", ", m.Authors));
        if (m.SiteName is { } site) facts.Add(site);
        if (IsoDate(m.Published, m.PublishedHasTime, m.PublishedHasOffset) is { } pub) facts.Add("published " + pub);
        if (m.Language is { } lang) facts.Add("language " + lang);
        if (facts.Count > 0) output.WriteLine(string.Join(" · ", facts));
        if (m.Url is { } url) output.WriteLine(url);
        if (m.Syndication is { } s) output.WriteLine($"syndicated from {s.Publisher ?? s.Url ?? "an unnamed original"} ({s.Statement})");
        if (!r.IsArticle) output.WriteLine($"not an article: {r.NotArticleReason}");
        output.WriteLine();
        output.WriteLine(r.Document.Text);
    }

    private void WriteMarkdown(ExtractionResult r)
    {
        var m = r.Document!.Meta;
        output.WriteLine($"# {Md(m.Title ?? m.Source ?? "")}");
        output.WriteLine();
        void Fact(string name, string? value) { if (!string.IsNullOrEmpty(value)) output.WriteLine($"- **{name}:** {Md(value, atLineStart: false)}"); }
        Fact("Source", m.Source);
        Fact("URL", m.Url);
        Fact("Authors", string.Join(", ", m.Authors));
        Fact("Published", IsoDate(m.Published, m.PublishedHasTime, m.PublishedHasOffset));
        Fact("Modified", IsoDate(m.Modified, m.ModifiedHasTime, m.ModifiedHasOffset));
        Fact("Site", m.SiteName);
        Fact("Language", m.Language);
        Fact("Section", m.Section);
        Fact("Tags", string.Join(", ", m.Tags));
        if (m.Syndication is { } s) Fact("Syndicated from", s.Publisher ?? s.Url ?? s.Statement);
        if (!r.IsArticle) Fact("Not an article", r.NotArticleReason);
        output.WriteLine();
        var text = r.Document.Text;
        foreach (var p in r.Document.Get(Layers.Paragraphs))
        {
            var body = text.AsSpan(p.Span.Start, p.Span.Length).ToString();
            output.WriteLine(p.Kind switch
            {
                ParagraphKind.Heading => "## " + Md(body),
                ParagraphKind.ListItem => "- " + Md(body.TrimStart('-', '*', '•', ' ')),
                ParagraphKind.BlockQuote => "> " + Md(body.TrimStart('>', ' ')),
                _ => Md(body),
            });
            output.WriteLine();
        }
    }

    /// <summary>Text escaped for Markdown, so that a page's words render as words: inline marks (* _ ` [ ] &lt; &gt; |
    /// and the backslash) everywhere, and at a line's start what would open a heading, list or quote ("1. ", "- ", "#",
    /// "&gt;"). Escaped angle brackets keep markup quoted in an article from becoming live HTML.</summary>
    internal static string Md(string s, bool atLineStart = true)
    {
        var sb = new System.Text.StringBuilder(s.Length + 8);
        bool lineStart = atLineStart;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (lineStart)
            {
                int digits = 0;
                while (i + digits < s.Length && char.IsAsciiDigit(s[i + digits])) digits++;
                if (digits > 0 && i + digits < s.Length && s[i + digits] is '.' or ')')
                {
                    sb.Append(s, i, digits).Append('\\').Append(s[i + digits]);
                    i += digits;
                    lineStart = false;
                    continue;
                }
                if (c is '#' or '-' or '+' or '=') sb.Append('\\');
            }
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~' or '|') sb.Append('\\');
            sb.Append(c);
            lineStart = c == '\n';
        }
        return sb.ToString();
    }
}
