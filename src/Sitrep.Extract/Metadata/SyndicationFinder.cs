using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Sitrep.Core;

namespace Sitrep.Extract.Metadata;

/// <summary>Notices when a page republishes another outlet's story: link rel=original-source, meta
/// original-source/syndication-source, JSON-LD isBasedOn or a sourceOrganization other than the publisher, a
/// canonical URL on another site, or a visible "originally published by/at …" line.</summary>
internal static partial class SyndicationFinder
{
    private const int MaxStatementChars = 300;

    private static readonly ISelector SourceLinks = PageElements.Selector("link[rel~='original-source' i], link[rel~='syndication-source' i]");
    private static readonly ISelector StatementElements = PageElements.Selector("p, em, i, small, div.syndication, aside");

    internal static Syndication? Find(PageElements elements, MetaTags tags, JsonLdFacts json, string? canonical, string? pageUrl, string? siteName, Uri? baseUrl)
    {
        var statementElement = FindStatement(elements);
        var statement = statementElement is null ? null : string.Join(' ', statementElement.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var original = MetadataExtractor.Absolute(elements.Where(PageElements.Kind.Link, static e => PageElements.AttributeHas(e, "rel", "-source"), SourceLinks).FirstOrDefault()?.GetAttribute("href"), baseUrl)
            ?? MetadataExtractor.Absolute(tags.First(MetaVocabulary.OriginalSourceNames), baseUrl);
        if (original is not null && !SameSite(original, pageUrl ?? canonical))
            return new Syndication(json.BasedOnPublisher ?? json.SourceOrganization ?? HostOf(original), original, statement);

        var basedOn = MetadataExtractor.Absolute(json.BasedOnUrl, baseUrl);
        if (basedOn is not null && !SameSite(basedOn, pageUrl ?? canonical))
            return new Syndication(json.BasedOnPublisher ?? HostOf(basedOn), basedOn, statement);

        if (json.SourceOrganization is { } source && !SameName(source, json.Publisher ?? siteName))
            return new Syndication(source, null, statement);

        if (canonical is not null && pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out _) && !SameSite(canonical, pageUrl))
            return new Syndication(HostOf(canonical), canonical, statement);

        if (statementElement is null) return null;
        // "This article originally appeared on <a href=…>Heartland Report</a>": the link after the statement's verb
        // names the original; links before it (a licence) and to social profiles or licences do not.
        int after = StatementRegex().Match(statement!) is { Success: true } said ? said.Index : 0;
        foreach (var link in statementElement.QuerySelectorAll("a[href]"))
        {
            var href = MetadataExtractor.Absolute(link.GetAttribute("href"), baseUrl);
            if (href is null || !href.StartsWith("http", StringComparison.OrdinalIgnoreCase) || IsProfileOrLicence(href)) continue;
            if (pageUrl is not null || canonical is not null ? SameSite(href, pageUrl ?? canonical) : false) continue;
            var name = string.Join(' ', link.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (name.Length > 0 && statement!.IndexOf(name, after, StringComparison.Ordinal) < 0) continue;
            bool named = name.Length is > 1 and <= MaxPublisherChars && !name.Contains("://", StringComparison.Ordinal) && !name.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
            return new Syndication(named ? Heuristics.BoilerplatePhrases.PublisherName(name) : HostOf(href), href, statement);
        }
        return new Syndication(PublisherInText(statement!), null, statement);
    }

    /// <summary>Hosts whose links in a statement point at a person's profile or the licence, not the original story.</summary>
    private static readonly string[] ProfileOrLicenceHosts =
        ["creativecommons.org", "twitter.com", "x.com", "facebook.com", "instagram.com", "linkedin.com", "youtube.com", "t.co", "threads.net", "tiktok.com", "bsky.app", "wikipedia.org"];

    private static bool IsProfileOrLicence(string href)
        => Uri.TryCreate(href, UriKind.Absolute, out var u) && Array.Exists(ProfileOrLicenceHosts, h => HostNames.RegistrableDomain(u.Host).Equals(h, StringComparison.OrdinalIgnoreCase));

    private const int MaxPublisherChars = 60;

    private static IElement? FindStatement(PageElements elements)
    {
        foreach (var el in elements.Where(PageElements.Kind.Statement, static e => e.LocalName != "div" || PageElements.AttributeHas(e, "class", "syndication"), StatementElements))
        {
            if (BoundedText.Length(el, MaxStatementChars, StatementWords, out bool hasWord) is < 20 or > MaxStatementChars || !hasWord) continue;
            if (StatementRegex().IsMatch(el.TextContent)) return el;
        }
        return null;
    }

    /// <summary>The publisher a statement names in its text ("… first appeared in The Conversation and is republished
    /// …"): the capitalised words after the place preposition, up to a clause boundary.</summary>
    private static string? PublisherInText(string statement)
    {
        var m = PublisherRegex().Match(statement);
        if (!m.Success) return null;
        var name = m.Groups[1].Value;
        // A sentence ends at a full stop after a word longer than an abbreviation ("The Conversation. Read the …";
        // "St. Louis" and "U.S. News" go on).
        for (int dot = name.IndexOf(". ", StringComparison.Ordinal); dot > 0; dot = name.IndexOf(". ", dot + 1, StringComparison.Ordinal))
        {
            int wordStart = name.LastIndexOf(' ', dot - 1) + 1;
            if (dot - wordStart > 3) { name = name[..dot]; break; }
        }
        // "first published on Jan. 5": a date, not a publisher.
        var first = name.Split(' ')[0].TrimEnd('.');
        return MetaVocabulary.Months.ContainsKey(first) ? null : Heuristics.BoilerplatePhrases.PublisherName(name);
    }

    [GeneratedRegex(@"\b(?:published|appeared|posted|ran|erschien(?: zuerst| ursprünglich)?|erschienen|originalmente|initialement|à l'origine)\s+(?:on|in|at|by|auf|bei|im|in der|en|sur|dans)\s+((?:the\s+|The\s+|der\s+|die\s+|dem\s+|la\s+|le\s+|el\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:of|de|du|der|des|für|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5})", RegexOptions.CultureInvariant)]
    private static partial Regex PublisherRegex();

    /// <summary>Every statement the regex matches holds one of these words; checking them first skips the regex
    /// for the many short paragraphs of a page.</summary>
    private static readonly SearchValues<string> StatementWords =
        SearchValues.Create(["originally", "first", "republished", "erschien", "publicado", "publi"], StringComparison.OrdinalIgnoreCase);

    private static bool SameName(string a, string? b)
        => b is null || a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>Same registrable domain (see <see cref="HostNames"/>).</summary>
    internal static bool SameSite(string a, string? b)
    {
        if (b is null) return true;
        if (!Uri.TryCreate(a, UriKind.Absolute, out var ua) || !Uri.TryCreate(b, UriKind.Absolute, out var ub)) return true;
        return HostNames.RegistrableDomain(ua.Host).Equals(HostNames.RegistrableDomain(ub.Host), StringComparison.OrdinalIgnoreCase);
    }

    private static string? HostOf(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var u) ? (u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host) : null;

    [GeneratedRegex(@"\b(?:(?:was |is )?(?:originally|first) (?:published|appeared|posted|ran)|republished (?:with permission )?from|erschien (?:zuerst|ursprünglich)|zuerst erschienen|publicado originalmente|publié (?:initialement|originellement|à l'origine))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementRegex();
}
