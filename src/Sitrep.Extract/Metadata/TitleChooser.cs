namespace Sitrep.Extract.Metadata;

/// <summary>Picks the article title from structured titles (JSON-LD, og:title…), &lt;title&gt; and the page's
/// headings. Site names are removed from " | Site" / "Site - " ends; when a cleaned variant equals a heading on
/// the page, that variant wins, because the visible headline is what readers and annotators call the title.</summary>
internal static class TitleChooser
{
    private const int MaxTitleLength = 400;
    /// <summary>An end part of this many words or fewer, beside a longer part, is taken for a site name.</summary>
    private const int MaxSiteNameWords = 4;

    internal static string? Choose(IReadOnlyList<string> structured, string? documentTitle, IReadOnlyList<string> headings, string? siteName)
    {
        var candidates = new List<string>(structured.Count + 1);
        foreach (var s in structured) AddNormalized(candidates, s);
        AddNormalized(candidates, documentTitle);

        // Phase 1: a candidate or one of its cleaned variants that is also a heading on the page.
        foreach (var c in candidates)
            foreach (var v in Variants(c))
                foreach (var h in headings)
                    if (v.Equals(h, StringComparison.OrdinalIgnoreCase)) return v;

        // Phase 2: the best candidate without its site-name part.
        if (candidates.Count > 0) return StripSiteName(candidates[0], siteName);

        // Phase 3: the first heading.
        return headings.Count > 0 ? headings[0] : null;
    }

    internal static string? Normalize(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length is 0 or > MaxTitleLength ? null : t;
    }

    private static void AddNormalized(List<string> into, string? s)
    {
        var n = Normalize(s);
        if (n is not null && !into.Contains(n, StringComparer.Ordinal)) into.Add(n);
    }

    /// <summary>The title itself and what remains after dropping leading or trailing parts at a separator.</summary>
    private static IEnumerable<string> Variants(string title)
    {
        yield return title;
        foreach (var sep in MetaVocabulary.TitleSeparators)
        {
            var parts = title.Split(sep, StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            for (int keep = parts.Length - 1; keep >= 1; keep--)
            {
                yield return string.Join(sep, parts, 0, keep);
                yield return string.Join(sep, parts, parts.Length - keep, keep);
            }
        }
    }

    internal static string StripSiteName(string title, string? siteName)
    {
        foreach (var sep in MetaVocabulary.TitleSeparators)
        {
            var parts = title.Split(sep, StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            var first = parts[0];
            var last = parts[^1];
            if (siteName is not null)
            {
                if (IsSiteName(last, siteName)) return string.Join(sep, parts, 0, parts.Length - 1);
                if (IsSiteName(first, siteName)) return string.Join(sep, parts, 1, parts.Length - 1);
            }
            var restAfterLast = string.Join(sep, parts, 0, parts.Length - 1);
            if (sep.Trim().Length > 0 && Words(last) <= MaxSiteNameWords && last.Length < restAfterLast.Length && LooksLikeName(last))
                return restAfterLast;
            return title;
        }
        return title;
    }

    private static bool IsSiteName(string part, string siteName)
        => part.Length > 0 && (part.Contains(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>Site names are capitalised or domain-like, not the tail of a sentence.</summary>
    private static bool LooksLikeName(string part) => part.Length > 0 && (char.IsUpper(part[0]) || char.IsDigit(part[0]) || part.Contains('.'));

    private static int Words(string s)
    {
        int n = 1;
        foreach (var c in s) if (c == ' ') n++;
        return n;
    }
}
