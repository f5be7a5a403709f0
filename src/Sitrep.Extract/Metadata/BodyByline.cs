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
        foreach (var node in DomWalk.TextNodes(dom.Body, static e => !IsSkipped(e)))
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
            if (StartsWithBylinePhrase(text))
            {
                AuthorNames.AddCleaned(text.ToString(), into);
                if (into.Count > 0) return;
                continue;
            }
            if (LabelEnd(text) is not int end) continue;
            var rest = text[end..].Trim();
            if (rest.IsEmpty) { labelled = true; continue; }
            AuthorNames.AddCleaned(rest.ToString(), into);
            if (into.Count > 0) return;
        }
    }

    /// <summary>Byline phrases of two words or more ("Posted by", "Ein Artikel von"), followed by a capitalised name:
    /// unlike a bare "by", they do not start ordinary sentences.</summary>
    private static readonly string[] Phrases = [.. MetaVocabulary.BylinePrefixes.Where(p => p.Contains(' ') && !p.EndsWith(':'))];

    private static bool StartsWithBylinePhrase(ReadOnlySpan<char> text)
    {
        foreach (var phrase in Phrases)
            if (text.Length > phrase.Length + 1 && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && text[phrase.Length] == ' ' && char.IsUpper(text[phrase.Length + 1]))
                return true;
        return false;
    }

    /// <summary>Where the name starts after a label and its colon ("Auteur :" too), or null.</summary>
    private static int? LabelEnd(ReadOnlySpan<char> text)
    {
        int colon = text[..Math.Min(text.Length, MaxLabelChars + 2)].IndexOf(':');
        return colon > 0 && Labels.Contains(text[..colon].TrimEnd()) ? colon + 1 : null;
    }

    /// <summary>Scripts, navigation, comments, and forms: a search form's "Von:" labels a member field.</summary>
    private static bool IsSkipped(IElement e)
        => e.LocalName is "script" or "style" or "noscript" or "template" or "nav" or "form" or "select" or "option" or "button"
            || MetadataExtractor.HasHint(e, MetaVocabulary.CommentClassHints);
}
