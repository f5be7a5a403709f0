using System.Buffers;
using System.Collections.Frozen;
using AngleSharp.Dom;
using Sitrep.Extract.Content;

namespace Sitrep.Extract.Metadata;

/// <summary>A byline printed as plain text in the body under an explicit label ("Autor: Peter Maahn", "Auteur :
/// Kossivi Tiassou", "&lt;b&gt;Von:&lt;/b&gt; Götz Warnke"): the last source, for pages whose markup names no author.
/// Only labels that say "author" count, not a bare "by", which starts many sentences.</summary>
internal static partial class BodyByline
{
    private const int MaxTextNodes = 3000;
    /// <summary>A label line longer than this is a sentence that happens to start with the word.</summary>
    private const int MaxLineChars = 100;
    private const int MaxLabelChars = 16;
    private const int MaxNameChars = 60;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels =
        MetaVocabulary.AuthorLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static void Find(IDocument dom, List<string> into)
    {
        if (dom.Body is null) return;
        int seen = 0;
        IElement? labelParent = null;
        bool nameMustBeClose = false;
        foreach (var node in DomWalk.TextNodes(dom.Body, static e => e.LocalName is not ("script" or "style" or "template" or "select" or "option" or "button") && (e.LocalName != "noscript" || Tags.IsContentFallback(e))))
        {
            if (++seen > MaxTextNodes) return;
            var text = node.Data.AsSpan().Trim();
            if (text.IsEmpty) continue;
            if (labelParent is not null)
            {
                // The label stood alone ("<b>Von:</b> Götz Warnke"): the next text is the name when it stands in the
                // same element or the one around it, not in the next field of a form or table.
                if (text.Length <= MaxNameChars && IsNear(node.ParentElement, labelParent, nameMustBeClose) && AddPeople(text, into)) return;
                labelParent = null;
            }
            if (text.Length > MaxLineChars) continue;
            if (ShortBylineOf(node) is { } shortLine && AddPeople(shortLine, into)) return;
            bool phrase = StartsWithBylinePhrase(text);
            int end = phrase ? 0 : LabelEnd(text);
            // The ancestors are checked only for the rare candidate, not for every element on the way.
            if (!phrase && end < 0 || node.ParentElement is not { } labelled || IsExcluded(labelled)) continue;
            var rest = phrase ? text : text[end..].Trim();
            if (rest.IsEmpty) { labelParent = labelled; nameMustBeClose = !phrase && IsLooseLabel(text[..(end - 1)]); }
            else if (AddPeople(rest, into)) return;
        }
    }

    /// <summary>A short element that reads as a whole byline: "von Andreas Kürten", "By Jane Roe | 3 May 2024",
    /// "&lt;p&gt; von &lt;em&gt;Klaus Stanjek&lt;/em&gt;&lt;/p&gt;", "Ein Artikel von &lt;strong&gt;Pamela Sladky&lt;/strong&gt;". A bare "by"
    /// starts many sentences, so the element must hold nothing but the byline word, a capitalised name and maybe a
    /// date after a separator or a preposition ("Von R. R. am 07.08.2013"). Returns the name, or null.</summary>
    private static string? ShortBylineOf(IText node)
    {
        var text = node.Data.AsSpan().TrimStart();
        int space = text.IndexOfAny(' ', '\u00A0');
        if (!ShortBylineWords.Contains(space < 0 ? text : text[..space])) return null;
        var el = node.ParentElement;
        // A whole byline in its own inline element that starts its line ("<span>Par <a>Matthieu Hy</a></span> <span>le
        // 07 Mai</span>"); one inside a sentence ("… killed <a>by John Smith</a>") does not start it.
        if (el is not null && Tags.Classify(el.LocalName) is TagKind.Inline or TagKind.Link && el.ParentElement is { } line
            && !InHeading(line) && BoundedText.Length(line, MaxShortBylineChars * 4) <= MaxShortBylineChars * 4 && !IsExcluded(el)
            && NameInShortByline(el.TextContentIterative().Trim()) is { } own
            && line.TextContent.AsSpan().TrimStart().StartsWith(text[..(space < 0 ? text.Length : space)], StringComparison.Ordinal))
            return own;
        // "von" alone in an <em> or <span>: the line is the element around it.
        while (el is not null && Tags.Classify(el.LocalName) is TagKind.Inline or TagKind.Link && el.ParentElement is not null
               && BoundedText.VisibleLength(el, MaxShortBylineChars) < MaxShortBylineChars / 4)
            el = el.ParentElement;
        // A heading is a title ("By The Numbers", "Von Null auf Hundert"), not a byline.
        if (el is null || InHeading(el) || BoundedText.VisibleLength(el, MaxShortBylineChars) > MaxShortBylineChars || IsExcluded(el)) return null;
        return NameInShortByline(el.TextContentIterative().Trim());
    }

    private static bool InHeading(IElement el)
        => Tags.Classify(el.LocalName) == TagKind.Heading || el.ParentElement is { } up && Tags.Classify(up.LocalName) == TagKind.Heading;

    private static string? NameInShortByline(string line)
    {
        var m = ShortBylineRegex().Match(line);
        return m.Success && !NameArticles.Contains(m.Groups[2].Value) ? m.Groups[1].Value : null;
    }

    /// <summary>Words a short byline starts with (see <see cref="ShortBylineRegex"/>), checked before any ancestor is read.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShortBylineWords =
        new[] { "von", "by", "par", "por", "di", "ein", "eine", "blog", "blogbeitrag", "reporting" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Articles that start a title, never a name ("By The Numbers").</summary>
    private static readonly FrozenSet<string> NameArticles =
        new[] { "The", "A", "An", "Der", "Die", "Das", "Dem", "Den", "Ein", "Eine", "El", "La", "Las", "Los", "Le", "Les", "Un", "Una", "Une", "Il", "Lo" }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxShortBylineChars = 80;

    /// <summary>Whether a line of text is a whole short byline ("By Jane Roe", "Von Anna Beispiel | 3. Mai 2024").</summary>
    internal static bool IsShortByline(string line) => line.Length <= MaxShortBylineChars && NameInShortByline(line) is not null;

    /// <summary>The people a whole short byline names ("By Jane Roe and Kim Lee | Reuters"), or none.</summary>
    internal static List<string> PeopleInShortByline(string line)
    {
        var names = new List<string>();
        if (line.Length <= MaxShortBylineChars && NameInShortByline(line) is { } found) AddPeople(found, names);
        return names;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?i:(?:ein|eine)\s+(?:artikel|beitrag|gastbeitrag|kolumne|kommentar)\s+von|blog\s*beitrag\s+von|reporting\s+by|von|by|par|por|di)\s+((\p{Lu}[\p{L}.'-]*)(?:\s+(?:\p{Lu}[\p{L}.'-]*|von|van|de|der|la|le|di|da|del)){1,3}(?:(?:\s*,\s*(?:\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|von|van|de|der|la|le|di|da|del)){1,3}))*(?:\s*&\s*|\s+(?:and|und|et|y|e)\s+)(?:\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|von|van|de|der|la|le|di|da|del)){1,3}))?)\s*(?:$|[|,•·]|\s[–-]\s|(?<=\s)(?i:am|on|le|el|il|em)\s+\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ShortBylineRegex();

    /// <summary>Whether the text after a lone label stands where its name would: in the label's own element or one
    /// inside it ("&lt;small&gt;Verfasst von: &lt;strong&gt;Name"), in the element around the label, or, for labels
    /// that can only mean the author, in a sibling ("&lt;span&gt;Author: &lt;/span&gt;&lt;span&gt;Name").</summary>
    private static bool IsNear(IElement? nameParent, IElement label, bool close)
        => nameParent is not null && (nameParent == label || nameParent.ParentElement == label || nameParent == label.ParentElement
            || nameParent.ParentElement?.ParentElement == label && Tags.Classify(nameParent.ParentElement.LocalName) is TagKind.Inline or TagKind.Link
            || !close && nameParent.ParentElement == label.ParentElement);

    /// <summary>"Von:" and "Text:" also label other things (a train's origin, a form field).</summary>
    private static bool IsLooseLabel(ReadOnlySpan<char> label) => label.TrimEnd().Equals("von", StringComparison.OrdinalIgnoreCase)
        || label.TrimEnd().Equals("text", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the names in a labelled line that read like people's (every word capitalised but particles, or a
    /// single handle): "Interview: Der Kanzler spricht" is a headline, not a byline.</summary>
    private static bool AddPeople(ReadOnlySpan<char> text, List<string> into)
    {
        var found = new List<string>();
        AuthorNames.AddCleaned(text.ToString(), found, printed: true);
        foreach (var name in found)
            if (LooksLikePerson(name) && !into.Contains(name)) into.Add(name);
        return into.Count > 0;
    }

    private static bool LooksLikePerson(string name)
    {
        var words = name.Split(' ');
        if (words.Length == 1) return true;
        foreach (var w in words)
            if (!char.IsUpper(w[0]) && !NameParticles.Contains(w)) return false;
        return true;
    }

    private static readonly FrozenSet<string> NameParticles =
        new[] { "von", "van", "der", "den", "de", "di", "da", "du", "del", "della", "la", "le", "y", "bin", "al", "ibn", "zu", "ten", "ter", "'t" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Byline phrases of two words or more ("Posted by", "Ein Artikel von"), followed by a capitalised name:
    /// unlike a bare "by", they do not start ordinary sentences.</summary>
    private static readonly string[] Phrases = [.. MetaVocabulary.BylinePrefixes.Where(p => p.Contains(' ') && !p.EndsWith(':'))];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseFirstWords =
        Phrases.Select(p => p[..p.IndexOf(' ')]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A short byline ("By Jane Roe") or a line opening with a byline phrase ("Written by Anna Berg and …").</summary>
    internal static bool LooksLikeByline(string line) => IsShortByline(line) || StartsWithBylinePhrase(line);

    private static bool StartsWithBylinePhrase(ReadOnlySpan<char> text)
    {
        int space = text.IndexOf(' ');
        if (space <= 0 || !PhraseFirstWords.Contains(text[..space])) return false;
        foreach (var phrase in Phrases)
            if (text.Length > phrase.Length + 1 && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && text[phrase.Length] == ' ' && char.IsUpper(text[phrase.Length + 1]))
                return true;
        return false;
    }

    /// <summary>Where the name starts after a label and its colon ("Auteur :" too), or -1.</summary>
    private static int LabelEnd(ReadOnlySpan<char> text)
    {
        int colon = text[..Math.Min(text.Length, MaxLabelChars + 2)].IndexOf(':');
        return colon > 0 && Labels.Contains(text[..colon].TrimEnd()) ? colon + 1 : -1;
    }

    /// <summary>Classes of a header or footer that belongs to the article ("entry-footer", "article-footer").</summary>
    private static readonly SearchValues<string> ArticlePartHints = SearchValues.Create(["article", "entry", "post"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Navigation, quotations (a quoted e-mail's "Von:"), comments, forms (a search form's "Von:" labels a
    /// member field), and outside the article its header, footer and asides (staff boxes, other posts). An
    /// article's own header and footer are where its byline stands.</summary>
    private static bool IsExcluded(IElement el)
    {
        for (var e = el; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (e.LocalName is "article" or "main") return false;
            if (e.LocalName is "header" or "footer" && MetadataExtractor.HasHint(e, ArticlePartHints)) return false;
            if (e.LocalName is "nav" or "form" or "footer" or "aside" or "header" or "blockquote"
                || MetadataExtractor.HasHint(e, MetaVocabulary.CommentClassHints)) return true;
        }
        return false;
    }
}
