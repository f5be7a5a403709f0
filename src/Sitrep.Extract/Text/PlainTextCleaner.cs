using System.Text;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Extract.Text;

/// <summary>Cleans text that was already extracted once (copied or syndicated articles): the same removals as for
/// pages — newsletter blocks (also repeated ones), scraper markup, collapsed video captions, share lines, the
/// syndication statement — while body paragraphs survive intact and in order. Stateless and thread-safe.</summary>
public sealed class PlainTextCleaner
{
    /// <summary>Phases: normalize characters → cut paragraphs → recognize the headline → drop boilerplate → assemble.</summary>
    public CleanedText Clean(string text)
    {
        var removed = new Dictionary<string, int>();
        var normalized = Normalize(text, removed);
        var paragraphs = CutParagraphs(normalized);
        string? title = TakeHeadline(paragraphs);
        var kept = DropBoilerplate(paragraphs, removed, out var syndication);
        var (authors, published) = TakeBylineAndDateline(kept, removed);
        return Assemble(kept, title, removed, syndication) with { Authors = authors, Published = published };
    }

    /// <summary>A byline ("By Jane Roe | Reuters") and a dateline ("Published March 3, 2024") standing alone before
    /// the first paragraph of running text: read into metadata and taken out of the text, as on pages.</summary>
    internal static (List<string> Authors, Metadata.MetaDate.Parsed? Published) TakeBylineAndDateline(List<string> paragraphs, Dictionary<string, int> removed)
    {
        var authors = new List<string>();
        Metadata.MetaDate.Parsed? published = null;
        for (int i = 0; i < paragraphs.Count && i < MaxLeadParagraphs; i++)
        {
            var p = paragraphs[i];
            if (CountWords(p) >= MinRunningTextWords) break;
            if (authors.Count == 0 && Metadata.BodyByline.PeopleInShortByline(p) is { Count: > 0 } people)
            {
                authors.AddRange(people);
                Metadata.AuthorNames.DropOrganisations(authors, null, null);
                // "Von Anna Berg | 3. Mai 2024": the byline may carry the date.
                if (published is null && Metadata.MetaDate.TryParse(p, out var dated)) published = dated;
                Add(removed, "byline", 1);
            }
            else if (published is null && Dateline(p) is { } date)
            {
                published = date;
                Add(removed, "dateline", 1);
            }
            else continue;
            paragraphs.RemoveAt(i--);
        }
        return (authors, published);
    }

    /// <summary>The date of a line that is only a date, maybe after a label ("Published March 3, 2024", "Aktualisiert
    /// am 3. März 2024, 14:05 Uhr").</summary>
    private static Metadata.MetaDate.Parsed? Dateline(string p)
    {
        if (p.Length > MaxDatelineLength) return null;
        return Content.BodyAssembler.IsDateline(p) && Metadata.MetaDate.TryParse(p, out var parsed) ? parsed : null;
    }

    private const int MaxLeadParagraphs = 6;
    private const int MaxDatelineLength = 60;
    /// <summary>A paragraph of this many words is running text: the lead is over.</summary>
    private const int MinRunningTextWords = 25;

    /// <summary>Line ends to \n, no-break and odd spaces to space, control characters and scraper markup out.</summary>
    internal static string Normalize(string text, Dictionary<string, int> removed)
    {
        int markup = 0;
        text = TextBoilerplate.PairedEmphasis().Replace(text, m => { markup += 2; return m.Groups["inner"].Value; });
        text = TextBoilerplate.Markup().Replace(text, _ => { markup++; return ""; });
        if (markup > 0) Add(removed, "markup", markup);

        var sb = new StringBuilder(text.Length);
        int controls = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r') { if (i + 1 < text.Length && text[i + 1] == '\n') continue; sb.Append('\n'); }
            else if (c == '\n') sb.Append('\n');
            else if (c is '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000') sb.Append(' ');
            else if (c is '\u200B' or '\uFEFF' or '\u00AD' or '\u2060') continue; // zero-width and soft hyphen: invisible in print
            else if (char.IsControl(c) || c is '\u2028' or '\u2029') { controls++; sb.Append(c is '\u2029' ? '\n' : ' '); }
            else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            { controls++; sb.Append('\uFFFD'); }
            else sb.Append(c);
        }
        if (controls > 0) Add(removed, "control-characters", controls);
        return sb.ToString();
    }

    /// <summary>Blocks separated by blank lines are paragraphs. Inside a block, a line joins the next when it does not
    /// end a sentence and the next starts in lower case (hard-wrapped prose); otherwise each line stands alone.</summary>
    internal static List<string> CutParagraphs(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0)
            {
                Flush(current, result);
                continue;
            }
            if (current.Length > 0)
            {
                char last = current[^1];
                bool endsSentence = last is '.' or '!' or '?' or ':' or '"' or '”' or '’' or ')' or ']';
                if (!endsSentence && char.IsLower(line[0])) { current.Append(' ').Append(line); continue; }
                Flush(current, result);
            }
            current.Append(line);
        }
        Flush(current, result);
        return result;

        static void Flush(StringBuilder sb, List<string> into)
        {
            if (sb.Length > 0) into.Add(sb.ToString());
            sb.Clear();
        }
    }

    /// <summary>The first paragraph is the headline when it is short, has no sentence-final full stop and more text follows.</summary>
    internal static string? TakeHeadline(List<string> paragraphs)
    {
        if (paragraphs.Count < 2) return null;
        var first = paragraphs[0];
        if (CountWords(first) > 25 || first[^1] is '.' or ':' or ';' or ',' or '"' or '”') return null;
        if (TextBoilerplate.IsVideoDebris(first) || TextBoilerplate.IsWidget(first)) return null;
        paragraphs.RemoveAt(0);
        return first;
    }

    internal static List<string> DropBoilerplate(List<string> paragraphs, Dictionary<string, int> removed, out Syndication? syndication)
    {
        syndication = null;
        var kept = new List<string>(paragraphs.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new string[paragraphs.Count];
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = DuplicateKey(paragraphs[i]);
            occurrences[keys[i]] = occurrences.GetValueOrDefault(keys[i]) + 1;
        }
        for (int i = 0; i < keys.Length; i++)
        {
            var p = paragraphs[i];
            int words = CountWords(p);
            if (TextBoilerplate.IsSyndication(p, words, out var publisher, out var url))
            {
                syndication ??= new Syndication(publisher, url, p);
                Add(removed, "syndication", 1);
            }
            else if (TextBoilerplate.IsVideoDebris(p)) Add(removed, "video", 1);
            else if (TextBoilerplate.IsNewsletter(p, words, repeated: occurrences[keys[i]] > 1)) Add(removed, "newsletter", 1);
            else if (TextBoilerplate.IsAdLabel(p)) Add(removed, "ads", 1);
            else if (TextBoilerplate.IsWidget(p)) Add(removed, "share", 1);
            else if (TextBoilerplate.IsRelatedLink(p)) Add(removed, "related", 1);
            // A paragraph repeated word for word is a copy-paste or template artefact; the first one stays.
            else if (!seen.Add(keys[i])) Add(removed, "duplicate", 1);
            else kept.Add(p);
        }
        return kept;
    }

    private static CleanedText Assemble(List<string> kept, string? title, Dictionary<string, int> removed, Syndication? syndication)
    {
        var sb = new StringBuilder();
        var spans = new List<Paragraph>(kept.Count);
        foreach (var p in kept)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            spans.Add(new Paragraph(new TextSpan(sb.Length, p.Length), KindOf(p)));
            sb.Append(p);
        }
        return new CleanedText(sb.ToString(), title, spans, removed, syndication);
    }

    private static ParagraphKind KindOf(string p)
    {
        if (p.Length > 2 && (p[0] is '•' or '▪' or '◦' or '–' || (p[0] is '-' or '*' && p[1] == ' '))) return ParagraphKind.ListItem;
        if (p.Length > 1 && p[0] == '>') return ParagraphKind.BlockQuote;
        bool terminal = p[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ';' or ',' or ')';
        return !terminal && CountWords(p) <= 12 ? ParagraphKind.Heading : ParagraphKind.Body;
    }

    private static string DuplicateKey(string p) => p.ToLowerInvariant();

    internal static string CollapseSpaces(string line)
    {
        var span = line.AsSpan().Trim();
        if (span.IndexOf("  ") < 0) return span.Length == line.Length ? line : span.ToString();
        var sb = new StringBuilder(span.Length);
        foreach (char c in span)
            if (c != ' ' || sb.Length == 0 || sb[^1] != ' ') sb.Append(c);
        return sb.ToString();
    }

    internal static int CountWords(string s)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private static void Add(Dictionary<string, int> d, string key, int n) => d[key] = d.GetValueOrDefault(key) + n;
}

/// <summary>Cleaned text, its paragraphs (spans over <see cref="Text"/>), title if one was recognized, removals and syndication.</summary>
public sealed record CleanedText(string Text, string? Title, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyDictionary<string, int> Removed, Syndication? Syndication)
{
    /// <summary>Writers named by a byline line before the text.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The date of a dateline before the text.</summary>
    internal Metadata.MetaDate.Parsed? Published { get; init; }
}
