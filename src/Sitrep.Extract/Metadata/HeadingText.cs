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

    /// <summary>Whether the h1 shows the site's name or logo: a banner class ("site-title", "logo"), or all its
    /// content inside one link to the site's home page. Blog and small-site templates put the site name in an h1 on
    /// every page, where it would match the " | Site" part of every title.</summary>
    internal static bool IsSiteBanner(IElement h1)
    {
        if (ClassTokens.HasPart(h1.GetAttribute("class"), MetaVocabulary.SiteBannerClassHints) || ClassTokens.HasPart(h1.GetAttribute("id"), MetaVocabulary.SiteBannerClassHints))
            return true;
        // The link must hold the whole heading: descend through sole children (h1 > span > a) only, which also
        // keeps the test bounded on pages with huge or nested headings.
        var el = h1;
        for (int depth = 0; depth < MaxDepth && SoleElementChild(el) is { } only; depth++)
        {
            el = only;
            if (el.LocalName == "a") return IsHomeHref(el.GetAttribute("href"));
        }
        return false;
    }

    /// <summary>Whether the h1 is a label beside the headline: a breadcrumb, a section name, a strapline.</summary>
    internal static bool IsLabel(IElement h1)
        // "c-headline--with-eyebrow" names a headline that has a label beside it, not the label.
        => MetadataExtractor.HasHint(h1, MetaVocabulary.LabelHeadingClassHints) && !MetadataExtractor.HasHint(h1, MetaVocabulary.HeadlineClassHints);

    /// <summary>A link to a site's home page: "/", "./", "/index.html", "/en/", "https://host/", or an archived copy
    /// of one ("https://web.archive.org/web/2016/http://host/").</summary>
    internal static bool IsHomeHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return false;
        var h = href.AsSpan().Trim();
        int end = h.IndexOfAny('?', '#');
        if (end >= 0) h = h[..end];
        int scheme = h.LastIndexOf("//");
        ReadOnlySpan<char> path;
        if (scheme >= 0)
        {
            var rest = h[(scheme + 2)..];
            int slash = rest.IndexOf('/');
            path = slash < 0 ? "/" : rest[slash..];
        }
        else path = h;
        if (path.StartsWith("./")) path = path[1..];
        if (path.Length == 0) return false;
        if (path[0] != '/') path = string.Concat("/", path);
        if (path is "/") return true;
        var segment = path[1..].TrimEnd('/');
        // A language root ("/en/", "/de-ch") or an index page.
        return (path.EndsWith("/") && IsLanguageCode(segment)) || segment.StartsWith("index.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLanguageCode(ReadOnlySpan<char> s)
        => (s.Length == 2 || (s.Length == 5 && s[2] is '-' or '_' && char.IsAsciiLetter(s[3]) && char.IsAsciiLetter(s[4])))
            && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]);

    /// <summary>An element hidden from sight or from screen readers whose text is only a dash, colon or bar.</summary>
    private static bool IsHiddenSeparator(IElement? el)
    {
        if (el is null || !(el.GetAttribute("aria-hidden") == "true" || MetadataExtractor.HasHint(el, MetaVocabulary.HiddenClassHints))) return false;
        var text = el.TextContent.AsSpan().Trim();
        return text is "–" or "—" or "-" or ":" or "|" or "·";
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
                // A separator shown to screen readers only ("Topic<span aria-hidden> – </span>Headline") marks the
                // first part as a kicker whatever its class says.
                bool kickerHint = MetadataExtractor.HasHint(first, MetaVocabulary.KickerClassHints) || IsHiddenSeparator(first.NextElementSibling);
                // The headline itself comes first (a subline follows it): nothing to strip.
                if (!kickerHint && MetadataExtractor.HasHint(first, MetaVocabulary.HeadlineClassHints)) return null;
                kicker = first;
                kickerConfirmed = first.LocalName == "small" || kickerHint;
                continue;
            }
            if (node is IElement e)
            {
                if (e.LocalName == "br") { if (rest.Length == 0) kickerConfirmed = true; continue; }
                if (MetadataExtractor.HasHint(e, MetaVocabulary.HiddenClassHints) || IsHiddenSeparator(e)) continue;
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
        // A kicker is a label: shorter than the headline it stands over ("Headline – Subtitle" is not one).
        if (kickerText.Length >= headline.Length) return null;
        return headline;
    }
}
