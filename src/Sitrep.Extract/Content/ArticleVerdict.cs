using AngleSharp.Dom;
using Sitrep.Extract.Heuristics;

namespace Sitrep.Extract.Content;

/// <summary>Decides whether a page is an article from general signals: how much running text the body holds and how
/// link-heavy the page is; og:type, a root URL path and title words ("404", "Search results") only support a verdict.</summary>
internal static class ArticleVerdict
{
    /// <summary>Null when the page is an article, else the reason it is not.</summary>
    public static string? ReasonNotArticle(PageModel page, ArticleBody body, IDocument dom, string? url, string? metaTitle)
    {
        int pageText = 0, pageLinks = 0, keptText = 0, keptLinks = 0;
        foreach (var b in page.Blocks)
        {
            pageText += b.Length;
            pageLinks += b.LinkLength;
            // Only menus are set aside: teaser lists removed as related links are what marks a front page.
            if (page.Elements[b.Owner].Removed == BoilerplateKind.Navigation) continue;
            keptText += b.Length;
            keptLinks += b.LinkLength;
        }
        // A mega menu makes any page link-heavy; what stays once the menus are set aside tells a front page (teaser
        // lists) from a short article.
        double linkShare = pageText == 0 ? 0 : Math.Min((double)pageLinks / pageText, keptText == 0 ? 1 : (double)keptLinks / keptText * KeptShareWeight);
        int prose = body.ProseLength;
        // The page's own <title> keeps words like "404" that a cleaned metadata title may drop.
        var title = string.Join(" | ", dom.Title, metaTitle);

        if (pageText == 0) return "the page has no visible text";
        if (NotArticleSignals.NotFoundTitle().IsMatch(title) && prose < 1500)
            return $"the page reports that it was not found (title \"{Clip(title)}\") and holds only {prose} characters of running text";
        if ((NotArticleSignals.SearchTitle().IsMatch(title) || url is not null && NotArticleSignals.SearchUrl().IsMatch(url)) && prose < 2000)
            return $"the page lists search results (title \"{Clip(title)}\")";
        var ogType = dom.Head?.QuerySelector("meta[property='og:type']")?.GetAttribute("content");
        bool websiteType = ogType is not null && ogType.Equals("website", StringComparison.OrdinalIgnoreCase);
        bool rootPath = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath is "/" or "" && string.IsNullOrEmpty(uri.Query);
        if (linkShare > 0.5 && prose < 2500 || (websiteType || rootPath) && linkShare > 0.35 && prose < 1200)
            return $"looks like a home page or section front: {linkShare:P0} of the page's text is links and the body holds {prose} characters of running text";
        if (prose < ContentTuning.MinArticleProse)
            return $"too little prose: {prose} characters of running text (an article needs at least {ContentTuning.MinArticleProse})";
        return null;
    }

    /// <summary>Front pages print some teaser lists inside navigation-like containers; what remains is weighed up.</summary>
    private const double KeptShareWeight = 1.4;

    private static string Clip(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
