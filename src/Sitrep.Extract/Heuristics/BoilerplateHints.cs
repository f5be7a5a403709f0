using System.Collections.Frozen;

namespace Sitrep.Extract.Heuristics;

/// <summary>Words in class and id attributes that mark page furniture (by kind) or the article body, as named groups.
/// Attribute values are split into lower-case words at every non-letter/digit (so "article-body__text" gives
/// "article", "body", "text"); whole words are looked up first, then the word stems below as substrings of a word
/// (they are long enough not to hit ordinary words). Calibrated on extraction-dev; rerun `./sitrep bench extraction`.</summary>
public static class BoilerplateHints
{
    public static readonly FrozenDictionary<string, BoilerplateKind> Words = Build(new()
    {
        [BoilerplateKind.Navigation] = ["nav", "navi", "navbar", "menu", "menubar", "breadcrumb", "breadcrumbs", "pagination", "pager",
            "footer", "masthead", "topbar", "toolbar", "sitemap", "skiplink", "skiplinks", "jump", "tags", "tagcloud", "taglist", "keywords",
            "sidebar", "widget", "widgets", "copyright", "impressum", "login", "signin", "search", "searchform", "lang", "language",
            "totop", "backtotop", "prevnext", "postnav", "subnav", "mainnav", "topnav", "footnav", "servicenav", "offcanvas"],
        [BoilerplateKind.Cookie] = ["cookie", "cookies", "consent", "gdpr", "cmp", "privacy", "dsgvo", "cookiebanner", "cookiebar"],
        [BoilerplateKind.Share] = ["share", "shares", "sharing", "social", "socials", "sharebar", "sharebuttons", "socialmedia",
            "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "addthis", "shariff", "sociallinks", "follow"],
        [BoilerplateKind.Related] = ["related", "relatedposts", "recommended", "recommendations", "teaser", "teasers", "more", "morelinks",
            "readmore", "also", "seealso", "popular", "trending", "mostread", "toplist", "outbrain", "taboola", "plista", "ligatus",
            "recirculation", "similar", "crosslinks", "latest", "newest", "headlines"],
        [BoilerplateKind.Comments] = ["comment", "comments", "commentlist", "disqus", "respond", "reply", "replies", "discussion",
            "kommentare", "comentarios", "commentaires", "komentarze"],
        [BoilerplateKind.Ads] = ["ad", "ads", "advert", "advertisement", "advertising", "anzeige", "werbung",
            "banner", "dfp", "gpt", "adslot", "adunit", "adcontainer", "publicidad", "publicite"],
        [BoilerplateKind.Sponsored] = ["sponsor", "sponsored", "commercial", "promo", "promotion", "advertorial", "partnercontent"],
        [BoilerplateKind.Newsletter] = ["newsletter", "subscribe", "subscription", "signup", "paywall", "abo", "optin", "mailchimp"],
        [BoilerplateKind.Video] = ["video", "videos", "player", "jwplayer", "vjs", "playlist", "podcast", "audio"],
        // A pull quote repeats a line of the article in large type.
        [BoilerplateKind.Duplicate] = ["pullquote", "pullquotes", "pullout", "pulloutquote"],
        [BoilerplateKind.Byline] = ["byline", "author", "authors", "dateline", "meta", "postmeta", "entrymeta", "articlemeta",
            "timestamp", "date", "published", "posted", "updated", "credit", "credits", "caption", "source"],
    });

    /// <summary>Stems matched inside a word ("socialshare", "cookieNotice", "relatedArticles").</summary>
    public static readonly (string Stem, BoilerplateKind Kind)[] Stems =
    [
        ("cookie", BoilerplateKind.Cookie), ("consent", BoilerplateKind.Cookie),
        ("newsletter", BoilerplateKind.Newsletter), ("subscri", BoilerplateKind.Newsletter),
        ("comment", BoilerplateKind.Comments), ("kommentar", BoilerplateKind.Comments),
        ("share", BoilerplateKind.Share), ("social", BoilerplateKind.Share),
        ("related", BoilerplateKind.Related), ("recommend", BoilerplateKind.Related), ("teaser", BoilerplateKind.Related),
        ("breadcrumb", BoilerplateKind.Navigation), ("navigation", BoilerplateKind.Navigation), ("sidebar", BoilerplateKind.Navigation),
        ("footer", BoilerplateKind.Navigation), ("advert", BoilerplateKind.Ads), ("sponsor", BoilerplateKind.Sponsored),
    ];

    /// <summary>Words that contain a stem but name a genre, not furniture ("commentary" is an opinion piece).</summary>
    public static readonly FrozenSet<string> StemExceptions = FrozenSet.ToFrozenSet(["commentary", "kommentar", "commentator", "commentaire"]);

    /// <summary>Words that mark the article body; an element with one is never removed by a furniture word.</summary>
    public static readonly FrozenSet<string> BodyWords = FrozenSet.ToFrozenSet(
    [
        "article", "articlebody", "articletext", "article_body", "content", "maincontent", "entry", "entrycontent", "post", "postbody",
        "postcontent", "story", "storybody", "storytext", "text", "body", "main", "blogpost", "richtext", "bodytext", "artikel",
        "artikeltext", "beitrag", "inhalt", "articulo", "contenido", "nota", "texte", "contenu", "tresc", "copy", "prose",
    ]);

    /// <summary>Class prefixes that name a topic or taxonomy term rather than the element's role.</summary>
    public static readonly string[] TaxonomyPrefixes = ["tag-", "tags-", "category-", "cat-", "postid-", "format-", "label-", "topic-", "ressort-"];

    public static bool IsTaxonomyClass(ReadOnlySpan<char> classToken)
    {
        foreach (var prefix in TaxonomyPrefixes)
            if (classToken.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return classToken.StartsWith("post-", StringComparison.OrdinalIgnoreCase) && classToken.Length > 5 && char.IsAsciiDigit(classToken[5]);
    }

    private static FrozenDictionary<string, BoilerplateKind> Build(Dictionary<BoilerplateKind, string[]> groups)
    {
        var map = new Dictionary<string, BoilerplateKind>(StringComparer.Ordinal);
        foreach (var (kind, words) in groups)
            foreach (var w in words) map.TryAdd(w, kind);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
