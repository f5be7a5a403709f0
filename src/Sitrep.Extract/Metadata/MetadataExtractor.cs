using System.Buffers;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Sitrep.Core;
using Sitrep.Extract.Content;

namespace Sitrep.Extract.Metadata;

/// <summary>Reads article metadata from structured data (JSON-LD, OpenGraph, meta tags, &lt;time&gt;, microdata)
/// and, where those are missing, from the page itself (headings, bylines, date elements, the URL path).
/// Stateless and thread-safe.</summary>
public sealed class MetadataExtractor
{
    private const int MaxHeadings = 40;
    private const int MaxVisitedH1s = 4 * MaxHeadings;
    /// <summary>An h1 with more text than this holds more than a headline (a whole page wrapped in it).</summary>
    private const int MaxH1Chars = 2000;
    private const int MaxBylineElements = 12;
    /// <summary>Link-preview label/data pairs read (twitter:label1 … twitter:label4).</summary>
    private const int MaxPreviewLabels = 4;
    private const int MaxDateElements = 40;
    private const int MaxBylineChars = 150;
    private const int MaxTextNodesForDate = 5000;
    private const int MaxDateTextChars = 200;
    private const int DatelineChars = 40;

    /// <summary>Phases: gather sources (JSON-LD, meta tags), then each field from its sources in priority order:
    /// URL, site name, title, authors, dates, description/image/section/tags, syndication.</summary>
    public DocumentMeta Extract(IDocument dom, string? pageUrl) => Extract(dom, pageUrl, out _, out _);

    /// <param name="statedBody">The article text the page's JSON-LD states (articleBody), cleaned, or null.</param>
    /// <param name="hasH1">Whether the page has an h1 at all (the title then had a heading to confirm it).</param>
    internal DocumentMeta Extract(IDocument dom, string? pageUrl, out string? statedBody, out bool hasH1)
    {
        var elements = new PageElements(dom);
        try { return Extract(dom, elements, pageUrl, out statedBody, out hasH1); }
        finally { elements.Release(); }
    }

    private static DocumentMeta Extract(IDocument dom, PageElements elements, string? pageUrl, out string? statedBody, out bool hasH1)
    {
        hasH1 = elements.Where(PageElements.Kind.H1).Any();
        var json = JsonLdReader.Read(elements);
        var tags = new MetaTags(elements);
        statedBody = json.ArticleBody is { } stated ? Content.StructuredBody.Clean(stated) : null;
        var baseUrl = BaseUrl(elements, pageUrl);

        var canonical = Absolute(elements.Where(PageElements.Kind.Link, static e => PageElements.AttributeHas(e, "rel", "canonical"), CanonicalLink).FirstOrDefault()?.GetAttribute("href"), baseUrl);
        var url = canonical ?? Absolute(tags.First(MetaVocabulary.UrlNames), baseUrl) ?? Absolute(json.Url, baseUrl) ?? pageUrl;
        var siteName = Clean(tags.First(["og:site_name"]) ?? json.SiteName ?? tags.First(MetaVocabulary.SiteNameNames));
        var title = ChooseTitle(dom, elements, tags, json, siteName, HostOf(pageUrl ?? url));
        var authors = ChooseAuthors(dom, elements, tags, json, siteName, HostOf(pageUrl ?? url));
        bool usPage = IsUsPage(dom, tags);
        var published = MonthFirst(ChoosePublished(dom, elements, tags, json, pageUrl ?? url), usPage);
        var modified = MonthFirst(ChooseModified(elements, tags, json) is { } mod ? MetaDate.InZone(mod, NewsroomZone.Of(pageUrl ?? url)) : (MetaDate.Parsed?)null, usPage);
        if (ShowsOnlyModified(dom, published, modified, pageUrl ?? url, usPage)) published = modified;
        var syndication = SyndicationFinder.Find(elements, tags, json, canonical, pageUrl, siteName, baseUrl);
        // "By Corinne Vale, Heartland Report" on a republished story: the original publisher is not an author.
        if (syndication?.Publisher is { } original) AuthorNames.DropOrganisations(authors, original, null);

        return new DocumentMeta
        {
            Url = url,
            Title = title,
            Authors = authors,
            Published = published?.Value,
            PublishedHasTime = published?.HasTime ?? false,
            PublishedHasOffset = published?.HasOffset ?? false,
            Modified = modified?.Value,
            ModifiedHasTime = modified?.HasTime ?? false,
            ModifiedHasOffset = modified?.HasOffset ?? false,
            SiteName = siteName,
            Description = Clean(tags.First(MetaVocabulary.DescriptionNames) ?? json.Description),
            Image = Absolute(tags.First(MetaVocabulary.ImageNames) ?? json.Image ?? elements.Where(PageElements.Kind.Link, static e => PageElements.AttributeHas(e, "rel", "image_src"), ImageLink).FirstOrDefault()?.GetAttribute("href"), baseUrl),
            Section = Clean(tags.First(MetaVocabulary.SectionNames) ?? json.Section),
            Tags = ChooseTags(tags, json),
            Syndication = syndication,
        };
    }

    private static readonly ISelector CanonicalLink = PageElements.Selector("link[rel~='canonical' i]");
    private static readonly ISelector ImageLink = PageElements.Selector("link[rel='image_src' i]");
    private static readonly ISelector BaseHref = PageElements.Selector("base[href]");
    private static readonly ISelector HeadlineProp = PageElements.Selector("[itemprop~='headline' i]");
    private static readonly ISelector Headings = PageElements.Selector("h2, h3, [class*='title' i], [class*='headline' i]");
    private static readonly ISelector AuthorProp = PageElements.Selector("[itemprop~='author' i]");
    private static readonly ISelector AuthorLink = PageElements.Selector("a[rel~='author' i]");
    private const string TagLink = "a[rel~='tag' i], a[rel~='category' i]";
    private static readonly ISelector PublishedElements = PageElements.Selector("[itemprop~='datePublished' i], time[pubdate], [pubdate]");
    private static readonly ISelector ModifiedProp = PageElements.Selector("[itemprop~='dateModified' i]");

    private static string? ChooseTitle(IDocument dom, PageElements elements, MetaTags tags, JsonLdFacts json, string? siteName, string? host)
    {
        var structured = new List<string>(4);
        if (json.Headline is { } h) structured.Add(h);
        foreach (var name in MetaVocabulary.TitleNames)
            if (tags.First([name]) is { } t) structured.Add(t);
        if (elements.Where(PageElements.Kind.ItemProp, static e => PageElements.AttributeHas(e, "itemprop", "headline"), HeadlineProp).FirstOrDefault() is { } micro && !micro.LocalName.Equals("meta", StringComparison.Ordinal))
            structured.Add(micro.TextContent);

        var h1s = new List<string>();
        int visited = 0;
        foreach (var el in elements.Where(PageElements.Kind.H1))
        {
            // Skipped h1s count too, and long ones are not read: h1s can nest, so reading each could cost
            // the page's size many times over.
            if (h1s.Count == MaxHeadings || ++visited > MaxVisitedH1s) break;
            if (BoundedText.Length(el, MaxH1Chars) > MaxH1Chars) continue;
            // A visually hidden h1 is an accessibility copy of <title>, site name included, not the shown headline.
            if (HasHint(el, MetaVocabulary.ScreenReaderClassHints) || HeadingText.IsLabel(el)) continue;
            if (HeadingText.IsSiteBanner(el)) { siteName ??= Clean(el.TextContent); continue; }
            if (TitleChooser.Normalize(HeadingText.Of(el)) is { } text) h1s.Add(text);
        }
        var documentTitle = dom.QuerySelector("head > title")?.TextContent ?? dom.Title;
        var title = TitleChooser.Choose(structured, documentTitle, h1s, () => OtherHeadings(elements, MaxHeadings - h1s.Count), siteName, host);
        return TitleChooser.Continued(title, h1s, () => StyledHeadlines(elements));
    }

    private static readonly string[] HeadlineClassParts = ["headline", "h1"];

    /// <summary>Texts of elements other than h1 styled as the headline (class "h1", "stage-headline"), at most
    /// <see cref="MaxHeadings"/>.</summary>
    private static IEnumerable<string> StyledHeadlines(PageElements elements)
    {
        int n = 0;
        // A link is a teaser for another story ("River training - part two"), not this page's headline.
        foreach (var el in elements.Where(PageElements.Kind.ClassOrId, static e => e.LocalName is not ("h1" or "html" or "body" or "meta" or "a")
            && e.GetAttribute("class") is { } classes && (classes.Contains("h1", StringComparison.OrdinalIgnoreCase) || classes.Contains("headline", StringComparison.OrdinalIgnoreCase))
            && ClassTokens.HasPart(classes, HeadlineClassParts) && e.Closest("a") is null && e.QuerySelector("a") is null))
        {
            if (++n > MaxHeadings) yield break;
            if (BoundedText.Length(el, 299) < 300 && TitleChooser.Normalize(el.TextContent) is { } text) yield return text;
        }
    }

    /// <summary>Texts of h2/h3 and title-like elements (class "title", "headline"), at most <paramref name="max"/>.</summary>
    private static List<string> OtherHeadings(PageElements elements, int max)
    {
        var headings = new List<string>();
        foreach (var el in elements.Where(PageElements.Kind.H2OrH3 | PageElements.Kind.ClassOrId, static e => e.LocalName is "h2" or "h3"
            || PageElements.AttributeHas(e, "class", "title") || PageElements.AttributeHas(e, "class", "headline"), Headings))
        {
            if (headings.Count >= max) break;
            if (el.LocalName is "html" or "body" or "head" or "title" or "meta") continue;
            if (BoundedText.Length(el, 299) < 300 && TitleChooser.Normalize(el.TextContent) is { } text) headings.Add(text);
        }
        return headings;
    }

    /// <summary>Authors from the first source that names a person: JSON-LD, meta tags, microdata, rel=author links,
    /// then byline elements of the template and bylines printed in the text. A source that names only the site
    /// ("Jobs &amp; Hire" in meta author on jobsnhire.com) is a template default: a later source's byline wins, and
    /// the site is kept only when no source names anyone else.</summary>
    private static List<string> ChooseAuthors(IDocument dom, PageElements elements, MetaTags tags, JsonLdFacts json, string? siteName, string? host)
    {
        List<string>? onlySite = null;
        foreach (var names in AuthorSources(dom, elements, tags, json))
        {
            if (names.Count == 0) continue;
            if (!names.TrueForAll(n => AuthorNames.IsSiteOrOwner(n, siteName, host)))
            {
                AuthorNames.DropOrganisations(names, siteName, host);
                return names;
            }
            // One name is the site's own byline; several parts of the host ("Jobs", "Hire") are debris.
            if (names.Count == 1) onlySite ??= names;
        }
        // The site's own name or address as the author says nothing; a first name the host contains ("Heiko" on
        // heiko-adams.de) is the blogger's.
        return onlySite is [var only] && !AuthorNames.IsTheSiteItself(only, siteName, host) ? onlySite : [];
    }

    /// <summary>The author sources in priority order; lazily, so each is read only when the ones before it named
    /// no person.</summary>
    private static IEnumerable<List<string>> AuthorSources(IDocument dom, PageElements elements, MetaTags tags, JsonLdFacts json)
    {
        var names = new List<string>();
        foreach (var a in json.Authors) AuthorNames.AddCleaned(a, names);
        yield return names;

        names = [];
        foreach (var key in MetaVocabulary.AuthorNames)
            foreach (var v in tags.All(key)) AuthorNames.AddCleaned(v, names);
        // WordPress SEO plugins print the byline for link previews as a label/data pair ("Written by" / "Jane Roe").
        if (names.Count == 0)
            for (int i = 1; i <= MaxPreviewLabels; i++)
                if (tags.First([$"twitter:label{i}"]) is { } label && MetaVocabulary.WrittenByLabels.Contains(label.Trim()))
                    AuthorNames.AddCleaned(tags.First([$"twitter:data{i}"]), names);
        yield return names;

        names = [];
        foreach (var el in elements.Where(PageElements.Kind.ItemProp, static e => PageElements.AttributeHas(e, "itemprop", "author"), AuthorProp))
        {
            if (el.LocalName == "meta" || InComments(el) || OfReview(el)) continue;
            var nameEl = el.QuerySelector("[itemprop~='name' i]");
            var text = nameEl?.GetAttribute("content") ?? nameEl?.TextContent ?? el.GetAttribute("content") ?? el.TextContent;
            if (text.Length <= MaxBylineChars) AuthorNames.AddCleaned(text, names);
        }
        yield return names;

        names = [];
        foreach (var el in elements.Where(PageElements.Kind.Anchor, static e => PageElements.AttributeHas(e, "rel", "author"), AuthorLink))
            if (el.TextContent.Length <= MaxBylineChars && !InComments(el)) AuthorNames.AddCleaned(el.TextContent, names);
        yield return names;

        names = [];
        int seen = 0;
        foreach (var el in elements.Where(PageElements.Kind.ClassOrId, static e => HasHint(e, MetaVocabulary.BylineClassHints)))
        {
            if (InComments(el)) continue;
            if (BoundedText.Length(el, MaxBylineChars) is 0 or > MaxBylineChars) continue;
            // A meta line with tag links ("01.12.2022 / International / Photovoltaik") lists topics, not people.
            if (el.QuerySelector(TagLink) is not null) continue;
            // Spaced between elements and without buttons: a name and a "Kontakt" link beside it must not fuse.
            // Line by line first ("Jane Roe" / "Environment correspondent"), then as one line for a label and name
            // set on two lines ("Von" / "Anna Berg").
            AuthorNames.AddCleaned(el.LinesIterative(), names, printed: true);
            if (names.Count == 0) AuthorNames.AddCleaned(el.TextContentIterative(), names, printed: true);
            if (names.Count > 0 || ++seen >= MaxBylineElements) break;
        }
        yield return names;

        names = [];
        BodyByline.Find(dom, names);
        yield return names;
    }

    /// <summary>Publication date: structured sources first, then page elements, the URL path, and finally the
    /// first date printed in the page's text. A URL date one day off a structured UTC timestamp wins, because the URL
    /// carries the newsroom's local date while feeds often write the timestamp in UTC. A UTC timestamp on a site
    /// with a country domain is first moved to that country's zone, the calendar its readers see.</summary>
    private static MetaDate.Parsed? ChoosePublished(IDocument dom, PageElements elements, MetaTags tags, JsonLdFacts json, string? url)
    {
        var found = StructuredPublished(elements, tags, json);
        // A generic date meta tag (name="date", DC.date) may hold the last change: a date the page prints wins.
        if (found is { } generic && PublishedDates.FirstIsGeneric(tags))
        {
            if (MetaDate.TryParse(json.DatePublished, out var stated)) found = stated;
            else if ((FirstTimeElement(elements, out var shown) || FromDateHintElements(elements, out shown) || FirstDateInText(dom, out shown))
                && PublishedDates.IsNear(shown, generic))
                found = shown;
        }
        if (found is { } zoneless && PublishedDates.LocalCopy(elements, zoneless, out var local)) found = local;
        if (found is { } utc) found = MetaDate.InZone(utc, NewsroomZone.Of(url));
        bool inUrl = MetaDate.TryFromUrl(url, out var fromUrl);
        if (found is { } f)
        {
            // Only a timestamp written in UTC can have crossed midnight: one with the newsroom's own offset already
            // shows its calendar day.
            if (inUrl && f.HasTime && f.Value.Offset == TimeSpan.Zero && Math.Abs((f.Value.Date - fromUrl.Value.Date).TotalDays) == 1) return fromUrl;
            return f;
        }
        if (FirstTimeElement(elements, out var p)) return p;
        if (inUrl) return fromUrl;
        if (FromDateHintElements(elements, out p)) return p;
        if (FirstDateInText(dom, out p)) return p;
        return null;
    }

    /// <summary>A slash date that reads either way (08/09/2024) on a page written for the United States means month
    /// first: August 9. Dotted dates are day-first everywhere.</summary>
    private static MetaDate.Parsed? MonthFirst(MetaDate.Parsed? parsed, bool usPage)
        => usPage && parsed?.MonthFirstReading is { } monthFirst
            ? parsed.Value with { Value = monthFirst, SwappedDayMonth = parsed.Value.Value, MonthFirstReading = null }
            : parsed;

    /// <summary>A page written for the United States: lang or og:locale en-US.</summary>
    private static bool IsUsPage(IDocument dom, MetaTags tags)
    {
        return IsUs(dom.DocumentElement?.GetAttribute("lang")) || IsUs(tags.First(["og:locale"]));

        static bool IsUs(string? locale) => locale is not null && locale.Trim().Replace('_', '-').Equals("en-US", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the page prints the modification date but not the publication date: readers then see the
    /// later date as the article's date (re-dated evergreen pages, "updated" stamps that replace the original).
    /// A date in the URL that equals the publication date keeps it.</summary>
    private static bool ShowsOnlyModified(IDocument dom, MetaDate.Parsed? published, MetaDate.Parsed? modified, string? url, bool usPage)
    {
        if (published is not { } p || modified is not { } m) return false;
        var pubDay = DateOnly.FromDateTime(p.Value.Date);
        var modDay = DateOnly.FromDateTime(m.Value.Date);
        if (modDay <= pubDay) return false;
        if (MetaDate.TryFromUrl(url, out var fromUrl) && DateOnly.FromDateTime(fromUrl.Value.Date) == pubDay) return false;
        var shown = VisibleDates(dom, usPage);
        return shown.Contains(modDay) && !shown.Contains(pubDay);
    }

    /// <summary>Calendar dates printed in short texts of the body outside scripts and navigation.</summary>
    private static HashSet<DateOnly> VisibleDates(IDocument dom, bool usPage)
    {
        var dates = new HashSet<DateOnly>();
        if (dom.Body is null) return dates;
        int seen = 0;
        foreach (var node in Content.DomWalk.TextNodes(dom.Body))
        {
            if (++seen > MaxTextNodesForDate) break;
            var text = node.Data.AsSpan().Trim();
            if (text.Length < 6 || text.Length > MaxDateTextChars || !MetaDate.HasDigit(text)
                || node.ParentElement is not { } parent || IsHidden(parent)) continue;
            if (MetaDate.TryParse(text.ToString(), out var parsed)) dates.Add(DateOnly.FromDateTime(MonthFirst(parsed, usPage)!.Value.Value.Date));
        }
        return dates;
    }

    private static bool IsHidden(IElement el)
    {
        for (var e = el; e is not null; e = e.ParentElement)
            if (e.LocalName is "script" or "style" or "template" or "select" or "option" || e.LocalName == "noscript" && !Tags.IsContentFallback(e)) return true;
        return false;
    }

    private static MetaDate.Parsed? StructuredPublished(PageElements elements, MetaTags tags, JsonLdFacts json)
    {
        foreach (var name in MetaVocabulary.PublishedNames)
            foreach (var v in tags.All(name))
                if (MetaDate.TryParse(v, out var m)) return m;
        if (MetaDate.TryParse(json.DatePublished, out var p)) return p;
        if (FromElements(elements.Where(PageElements.Kind.PubDate | PageElements.Kind.ItemProp, static e => e.HasAttribute("pubdate") || PageElements.AttributeHas(e, "itemprop", "datePublished"), PublishedElements), out p)) return p;
        return null;
    }

    /// <summary>The first short text in the body (outside navigation, scripts and forms) that holds a full date.</summary>
    private static bool FirstDateInText(IDocument dom, out MetaDate.Parsed parsed)
    {
        parsed = default;
        if (dom.Body is null) return false;
        int seen = 0;
        foreach (var node in Content.DomWalk.TextNodes(dom.Body))
        {
            if (++seen > MaxTextNodesForDate) break;
            var text = node.Data.AsSpan().Trim();
            if (text.Length < 6) continue;
            // In long text only a dateline at the start counts ("27.1.2022 – Bei der …"), not dates in the story.
            if (text.Length > MaxDateTextChars) text = text[..DatelineChars];
            if (!MetaDate.HasDigit(text) || node.ParentElement is not { } parent || IsSkipped(parent) || PublishedDates.IsUpdateLine(text)) continue;
            if (MetaDate.TryParse(text.ToString(), out parsed)) return true;
        }
        return false;
    }

    private static bool IsSkipped(IElement el)
    {
        // A <footer> inside <article> is the article's own byline footer; the page footer is skipped. Forms are not
        // skipped because ASP.NET pages wrap the whole body in one.
        bool inFooter = false;
        for (var e = el; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style" or "nav" or "select" or "option" or "template" or "button" || e.LocalName == "noscript" && !Tags.IsContentFallback(e)) return true;
            if (e.LocalName == "footer") inFooter = true;
            else if (e.LocalName == "article") return false;
        }
        return inFooter;
    }

    private static MetaDate.Parsed? ChooseModified(PageElements elements, MetaTags tags, JsonLdFacts json)
    {
        if (MetaDate.TryParse(json.DateModified, out var p)) return p;
        foreach (var name in MetaVocabulary.ModifiedNames)
            foreach (var v in tags.All(name))
                if (MetaDate.TryParse(v, out p)) return p;
        return FromElements(elements.Where(PageElements.Kind.ItemProp, static e => PageElements.AttributeHas(e, "itemprop", "dateModified"), ModifiedProp), out p) ? p : null;
    }

    private static bool FromElements(IEnumerable<IElement> candidates, out MetaDate.Parsed parsed)
    {
        foreach (var el in candidates)
            if (MetaDate.TryParse(el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.TextContent, out parsed)) return true;
        parsed = default;
        return false;
    }

    /// <summary>The first &lt;time&gt; inside the article (or the page when there is no &lt;article&gt;): templates
    /// print the publication date before any other.</summary>
    private static bool FirstTimeElement(PageElements elements, out MetaDate.Parsed parsed)
    {
        var article = elements.Where(PageElements.Kind.Article).FirstOrDefault();
        int seen = 0;
        foreach (var el in elements.Where(PageElements.Kind.Time))
        {
            // Every candidate counts, skipped ones too: each test walks the element's ancestors.
            if (++seen > MaxDateElements) break;
            if ((article is null || IsInside(el, article)) && !PublishedDates.InNavigation(el) && !InComments(el) && MetaDate.TryParse(el.GetAttribute("datetime") ?? el.TextContent, out parsed)) return true;
        }
        parsed = default;
        return false;
    }

    private static bool IsInside(IElement el, IElement ancestor)
    {
        for (var e = el.ParentElement; e is not null; e = e.ParentElement)
            if (ReferenceEquals(e, ancestor)) return true;
        return false;
    }

    /// <summary>Short elements whose class or id says "date", "datum", "byline"… and whose text holds a date.</summary>
    private static bool FromDateHintElements(PageElements elements, out MetaDate.Parsed parsed)
    {
        int seen = 0;
        foreach (var el in elements.Where(PageElements.Kind.ClassOrId, static e => HasHint(e, MetaVocabulary.DateClassHints)))
        {
            // Every candidate counts, skipped ones too: each test walks the element's ancestors.
            if (++seen > MaxDateElements) break;
            if (PublishedDates.InNavigation(el) || InComments(el)) continue;
            if (BoundedText.Length(el, 200) is 0 or > 200) continue;
            if (MetaDate.TryParse(el.TextContent, out parsed)) return true;
        }
        parsed = default;
        return false;
    }

    private static IReadOnlyList<string> ChooseTags(MetaTags tags, JsonLdFacts json)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in MetaVocabulary.TagNames)
            foreach (var v in tags.All(name))
                foreach (var t in v.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (t.Length <= 80 && seen.Add(t)) result.Add(t);
        foreach (var t in json.Keywords)
            if (t.Length <= 80 && seen.Add(t)) result.Add(t);
        return result;
    }

    /// <summary>Whether the element sits in a comment section. The walk stops below &lt;body&gt;: classes on body
    /// and html describe the page ("comments-open"), not the element.</summary>
    private static bool InComments(IElement el)
    {
        for (var e = el; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
            if (HasHint(e, MetaVocabulary.CommentClassHints)) return true;
        return false;
    }

    /// <summary>Whether a microdata property belongs to a review or comment item: a customer's name, not the
    /// article's author.</summary>
    private static bool OfReview(IElement el)
    {
        for (var e = el.ParentElement; e is not null; e = e.ParentElement)
            if (e.HasAttribute("itemscope"))
                return e.GetAttribute("itemtype") is { } type && (type.Contains("Review", StringComparison.OrdinalIgnoreCase) || type.Contains("Comment", StringComparison.OrdinalIgnoreCase));
        return false;
    }

    internal static bool HasHint(IElement el, SearchValues<string> hints)
        => el.GetAttribute("class").AsSpan().ContainsAny(hints) || el.GetAttribute("id").AsSpan().ContainsAny(hints);

    private static Uri? BaseUrl(PageElements elements, string? pageUrl)
    {
        Uri.TryCreate(pageUrl, UriKind.Absolute, out var page);
        var href = elements.Where(PageElements.Kind.Base, static _ => true, BaseHref).FirstOrDefault()?.GetAttribute("href");
        if (href is not null && (page is null ? Uri.TryCreate(href, UriKind.Absolute, out var b) : Uri.TryCreate(page, href, out b)) && b.Scheme is "http" or "https")
            return b;
        return page;
    }

    /// <summary>An absolute http(s) URL, resolved against the page; null for empty, relative without a base, or
    /// other schemes (javascript:, data:).</summary>
    internal static string? Absolute(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        Uri? u;
        if (href.StartsWith("//", StringComparison.Ordinal)) href = (baseUrl?.Scheme ?? "https") + ":" + href;
        if (!Uri.TryCreate(href, UriKind.Absolute, out u) || u.Scheme is not ("http" or "https"))
        {
            if (baseUrl is null || !Uri.TryCreate(baseUrl, href, out u)) return null;
        }
        return u.Scheme is "http" or "https" ? u.AbsoluteUri : null;
    }

    internal static string? HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host : null;

    private static string? Clean(string? s) => TitleChooser.Normalize(s);
}
