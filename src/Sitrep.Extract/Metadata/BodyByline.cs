using System.Collections.Frozen;
using AngleSharp.Dom;
using Sitrep.Extract.Content;

namespace Sitrep.Extract.Metadata;

/// <summary>A byline printed as plain text in the body under an explicit label ("Autor: Peter Maahn", "Auteur :
/// Kossivi Tiassou", "&lt;b&gt;Von:&lt;/b&gt; Götz Warnke"): the last source, for pages whose markup names no author.
/// Only labels that say "author" count, not a bare "by", which starts many sentences.</summary>
internal static class BodyByline
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
        bool labelled = false;
        foreach (var node in DomWalk.TextNodes(dom.Body, static e => e.LocalName is not ("script" or "style" or "noscript" or "template" or "select" or "option" or "button")))
        {
            if (++seen > MaxTextNodes) return;
            var text = node.Data.AsSpan().Trim();
            if (text.IsEmpty) continue;
            if (labelled)
            {
                // The label stood alone ("<b>Von:</b> Götz Warnke"): the next text is the name or nothing.
                if (text.Length <= MaxNameChars) AuthorNames.AddCleaned(text.ToString(), into);
                if (into.Count > 0) return;
                labelled = false;
            }
            if (text.Length > MaxLineChars) continue;
            bool phrase = StartsWithBylinePhrase(text);
            int end = phrase ? 0 : LabelEnd(text);
            // The ancestors are checked only for the rare candidate, not for every element on the way.
            if (!phrase && end < 0 || node.ParentElement is not { } parent || IsExcluded(parent)) continue;
            if (phrase)
            {
                AuthorNames.AddCleaned(text.ToString(), into);
                if (into.Count > 0) return;
                continue;
            }
            var rest = text[end..].Trim();
            if (rest.IsEmpty) { labelled = true; continue; }
            AuthorNames.AddCleaned(rest.ToString(), into);
            if (into.Count > 0) return;
        }
    }

    /// <summary>Byline phrases of two words or more ("Posted by", "Ein Artikel von"), followed by a capitalised name:
    /// unlike a bare "by", they do not start ordinary sentences.</summary>
    private static readonly string[] Phrases = [.. MetaVocabulary.BylinePrefixes.Where(p => p.Contains(' ') && !p.EndsWith(':'))];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseFirstWords =
        Phrases.Select(p => p[..p.IndexOf(' ')]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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

    /// <summary>Navigation, comments, and forms (a search form's "Von:" labels a member field).</summary>
    private static bool IsExcluded(IElement el)
    {
        for (var e = el; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
            if (e.LocalName is "nav" or "form" || MetadataExtractor.HasHint(e, MetaVocabulary.CommentClassHints)) return true;
        return false;
    }
}
