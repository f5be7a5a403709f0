using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata;

/// <summary>The visible headline of an h1 without a kicker printed before it in the same element
/// ("&lt;span class=dachzeile&gt;Topic&lt;/span&gt; Headline", "&lt;small&gt;Topic&lt;/small&gt;&lt;br&gt;Headline"):
/// readers and structured titles treat the kicker as a label, not as part of the title.</summary>
internal static class HeadingText
{
    /// <summary>A kicker longer than this is more likely the headline itself.</summary>
    private const int MaxKickerLength = 60;
    /// <summary>What remains after the kicker must be at least this long to be a headline.</summary>
    private const int MinHeadlineLength = 10;
    private const int MaxDepth = 3;

    internal static string Of(IElement h1)
    {
        var container = h1;
        // Descend through wrappers that hold the whole heading (h1 > span.post-title > small + br + text).
        for (int depth = 0; depth < MaxDepth && SoleElementChild(container) is { } only; depth++) container = only;
        return WithoutKicker(container) ?? h1.TextContent;
    }

    private static IElement? SoleElementChild(IElement el)
    {
        IElement? only = null;
        foreach (var node in el.ChildNodes)
        {
            if (node is IElement e) { if (only is not null) return null; only = e; }
            else if (node is IText t && !string.IsNullOrWhiteSpace(t.Data)) return null;
        }
        return only;
    }

    private static string? WithoutKicker(IElement container)
    {
        IElement? kicker = null;
        var rest = new System.Text.StringBuilder();
        bool kickerConfirmed = false;
        foreach (var node in container.ChildNodes)
        {
            if (kicker is null)
            {
                if (node is IText lead && string.IsNullOrWhiteSpace(lead.Data)) continue;
                if (node is not IElement first || first.LocalName is "a" or "em" or "strong" or "b" or "i" or "br") return null;
                bool kickerHint = MetadataExtractor.HasHint(first, MetaVocabulary.KickerClassHints);
                // The headline itself comes first (a subline follows it): nothing to strip.
                if (!kickerHint && MetadataExtractor.HasHint(first, MetaVocabulary.HeadlineClassHints)) return null;
                kicker = first;
                kickerConfirmed = first.LocalName == "small" || kickerHint;
                continue;
            }
            if (node is IElement e)
            {
                if (e.LocalName == "br") { if (rest.Length == 0) kickerConfirmed = true; continue; }
                if (MetadataExtractor.HasHint(e, MetaVocabulary.HiddenClassHints)) continue;
                if (rest.Length == 0 && MetadataExtractor.HasHint(e, MetaVocabulary.HeadlineClassHints) && !MetadataExtractor.HasHint(e, MetaVocabulary.KickerClassHints))
                    kickerConfirmed = true;
                rest.Append(' ').Append(e.TextContent);
            }
            else if (node is IText t) rest.Append(t.Data);
        }
        if (kicker is null || !kickerConfirmed) return null;
        var kickerText = TitleChooser.Normalize(kicker.TextContent);
        var headline = TitleChooser.Normalize(rest.ToString());
        if (kickerText is null || headline is null || kickerText.Length > MaxKickerLength || headline.Length < MinHeadlineLength) return null;
        return headline;
    }
}
