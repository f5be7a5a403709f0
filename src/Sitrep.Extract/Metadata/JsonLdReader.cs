using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata;

/// <summary>Reads schema.org JSON-LD blocks: flattens arrays and @graph, resolves @id references, picks the node
/// that describes the article (an *Article/*Posting type before a *Page type) and the publisher around it.
/// Invalid JSON is skipped and counted, never thrown.</summary>
internal static partial class JsonLdReader
{
    private const int MaxDepth = 32;
    private const int MaxScriptChars = 2_000_000;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    internal static JsonLdFacts Read(PageElements elements)
    {
        var facts = new JsonLdFacts();
        var collected = new Collected();
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var script in elements.Where(PageElements.Kind.Script))
            {
                var type = script.GetAttribute("type");
                if (type is null || !type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
                var json = Unwrap(script.TextContent);
                if (json.Length == 0 || json.Length > MaxScriptChars) continue;
                JsonDocument doc;
                try { doc = JsonDocument.Parse(json, Options); }
                catch (JsonException) { facts.BrokenScripts++; continue; }
                docs.Add(doc);
                Collect(doc.RootElement, collected, 0, top: true);
                if (json.Contains("articleBody", StringComparison.Ordinal) && Content.StructuredBody.Longest(doc.RootElement) is { } body
                    && (facts.ArticleBody is null || body.Length > facts.ArticleBody.Length))
                    facts.ArticleBody = body;
            }
            Fill(facts, collected);
        }
        finally
        {
            foreach (var d in docs) d.Dispose();
        }
        return facts;
    }

    /// <summary>Strips the wrappers CMSs put around JSON (CDATA, HTML comments).</summary>
    private static string Unwrap(string text)
    {
        var t = text.AsSpan().Trim();
        foreach (var prefix in (string[])["<!--", "//<![CDATA[", "<![CDATA["])
            if (t.StartsWith(prefix, StringComparison.Ordinal)) t = t[prefix.Length..].TrimStart();
        foreach (var suffix in (string[])["-->", "//]]>", "]]>"])
            if (t.EndsWith(suffix, StringComparison.Ordinal)) t = t[..^suffix.Length].TrimEnd();
        return t.ToString();
    }

    /// <param name="top">Whether <paramref name="e"/> is a block's own node (the root, a root array item, an
    /// @graph member or a page's mainEntity) rather than one nested in another's property (a related article in
    /// an ItemList).</param>
    private static void Collect(JsonElement e, Collected into, int depth, bool top)
    {
        if (depth > MaxDepth) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Collect(item, into, depth + 1, top);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        if (e.TryGetProperty("@type", out _))
        {
            into.Nodes.Add(e);
            if (top) into.Top.Add(e);
            if (Str(e, "@id") is { } id && (!into.ById.TryGetValue(id, out var existing) || existing.EnumerateObject().Count() < e.EnumerateObject().Count()))
                into.ById[id] = e;
        }
        foreach (var p in e.EnumerateObject())
            if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) Collect(p.Value, into, depth + 1, top && (p.NameEquals("@graph") || p.NameEquals("mainEntity")));
    }

    /// <summary>Every typed node in document order, the blocks' own nodes among them, and nodes by @id.</summary>
    private sealed class Collected
    {
        internal List<JsonElement> Nodes { get; } = [];
        internal List<JsonElement> Top { get; } = [];
        internal Dictionary<string, JsonElement> ById { get; } = new(StringComparer.Ordinal);
    }

    private static void Fill(JsonLdFacts facts, Collected collected)
    {
        var (nodes, byId) = (collected.Nodes, collected.ById);
        JsonElement? article = null, page = null, site = null, org = null;
        // A news or blog article the page itself describes wins over other works (an embedded video's uploadDate
        // is not the story's date); articles nested in other nodes (related reading) do not take part.
        foreach (var n in collected.Top)
            if (HasType(n, MetaVocabulary.IsNewsArticleType)) { article = n; break; }
        foreach (var n in nodes)
        {
            if (article is null && HasType(n, MetaVocabulary.IsArticleType)) article = n;
            else if (page is null && HasType(n, MetaVocabulary.IsPageType)) page = n;
            else if (site is null && HasType(n, t => t == "WebSite")) site = n;
            else if (org is null && HasType(n, t => t is "Organization" or "NewsMediaOrganization" or "Corporation")) org = n;
        }
        var main = article ?? page;
        if (main is { } a)
        {
            facts.Headline = Str(a, "headline") ?? Str(a, "name") ?? Str(a, "alternativeHeadline");
            facts.DatePublished = Str(a, "datePublished") ?? Str(a, "dateCreated") ?? Str(a, "uploadDate");
            facts.DateModified = Str(a, "dateModified") ?? LatestLiveUpdate(a);
            facts.Description = Str(a, "description");
            facts.Url = Str(a, "url") ?? IdOf(a, "mainEntityOfPage", byId);
            facts.Image = UrlOf(a, "image", byId) ?? UrlOf(a, "thumbnailUrl", byId);
            facts.Section = FirstString(a, "articleSection");
            AddNames(a, "author", facts.Authors, byId);
            if (facts.Authors.Count == 0) AddNames(a, "creator", facts.Authors, byId);
            AddKeywords(a, facts.Keywords);
            facts.Publisher = NameOf(a, "publisher", byId);
            facts.SourceOrganization = NameOf(a, "sourceOrganization", byId);
            if (a.TryGetProperty("isBasedOn", out var basedOn))
            {
                var b = Resolve(basedOn, byId);
                facts.BasedOnUrl = b.ValueKind == JsonValueKind.String ? b.GetString() : Str(b, "url") ?? Str(b, "@id");
                facts.BasedOnPublisher = b.ValueKind == JsonValueKind.Object ? NameOf(b, "publisher", byId) ?? NameOf(b, "sourceOrganization", byId) : null;
            }
            if (article is not null && page is { } p)
            {
                facts.DatePublished ??= Str(p, "datePublished");
                facts.DateModified ??= Str(p, "dateModified");
                facts.Url ??= Str(p, "url");
            }
        }
        facts.SiteName = facts.Publisher ?? (site is { } s ? Str(s, "name") : null) ?? (org is { } o ? Str(o, "name") : null);
    }

    private static bool HasType(JsonElement e, Func<string, bool> test)
    {
        if (!e.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return test(StripSchema(t.GetString()!));
        if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String && test(StripSchema(x.GetString()!))) return true;
        return false;
    }

    private static string StripSchema(string type)
    {
        int slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private static JsonElement Resolve(JsonElement e, Dictionary<string, JsonElement> byId)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            && e.EnumerateObject().Count() == 1 && byId.TryGetValue(id.GetString()!, out var full))
            return full;
        return e;
    }

    internal static string? Str(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault(),
            JsonValueKind.Object => Str(v, "@value") ?? Str(v, "name"),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : MetaTags.DecodeEntities(s.Trim());
    }

    private static string? FirstString(JsonElement e, string name) => Str(e, name);

    private static string? IdOf(JsonElement e, string name, Dictionary<string, JsonElement> byId)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        v = Resolve(v, byId);
        return Str(v, "url") ?? Str(v, "@id");
    }

    private static string? UrlOf(JsonElement e, string name, Dictionary<string, JsonElement> byId)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        v = Resolve(v, byId);
        return Str(v, "url") ?? Str(v, "contentUrl") ?? Str(v, "@id");
    }

    private static string? NameOf(JsonElement e, string name, Dictionary<string, JsonElement> byId)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        v = Resolve(v, byId);
        return Str(v, "name") ?? Str(v, "legalName");
    }

    private static void AddNames(JsonElement e, string name, List<string> into, Dictionary<string, JsonElement> byId)
    {
        if (!e.TryGetProperty(name, out var v)) return;
        if (v.ValueKind != JsonValueKind.Array) { AddName(v, into, byId); return; }
        foreach (var item in v.EnumerateArray()) AddName(item, into, byId);
    }

    private static void AddName(JsonElement v, List<string> into, Dictionary<string, JsonElement> byId)
    {
        if (v.ValueKind == JsonValueKind.String)
        {
            var s = v.GetString();
            if (!string.IsNullOrWhiteSpace(s)) into.Add(s.Trim());
            return;
        }
        v = Resolve(v, byId);
        if (v.ValueKind == JsonValueKind.Array) { foreach (var x in v.EnumerateArray()) AddName(x, into, byId); return; }
        var n = Str(v, "name");
        if (n is null && Str(v, "givenName") is { } given) n = (given + " " + Str(v, "familyName")).Trim();
        if (n is not null) into.Add(FullNameFromDescription(n, Str(v, "description")));
    }

    /// <summary>A Person listed by first name only ("Nils") whose description starts with the full name ("Nils
    /// Pickert ist freier Autor…", "Stefanus Stahl - Maschinenbauer…"), as WordPress author profiles write it.</summary>
    private static string FullNameFromDescription(string name, string? description)
    {
        var n = name.Trim();
        if (description is null || n.Length < 2 || n.Contains(' ') || !char.IsUpper(n[0])) return n;
        var m = FullNameAtStart().Match(description.Trim());
        return m.Success && m.Groups[1].Value == n ? m.Groups[1].Value + m.Groups[2].Value : n;
    }

    /// <summary>A name of two or three capitalised words at the start, then a dash, comma or a verb of being/working.</summary>
    [GeneratedRegex(@"^(\p{Lu}[\p{L}'-]+)((?:\s\p{Lu}[\p{L}'-]+){1,2})(?=\s*[,–-]|\s(?:is|was|ist|war|est|es|arbeitet|works|writes|schreibt)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FullNameAtStart();

    /// <summary>A live blog's last update (the latest liveBlogUpdate date), which is when the page last changed when
    /// it states no dateModified.</summary>
    private static string? LatestLiveUpdate(JsonElement article)
    {
        if (!article.TryGetProperty("liveBlogUpdate", out var updates)) return null;
        string? latest = null;
        DateTimeOffset latestAt = default;
        foreach (var u in updates.ValueKind == JsonValueKind.Array ? updates.EnumerateArray() : Enumerable.Repeat(updates, 1))
        {
            if (u.ValueKind != JsonValueKind.Object) continue;
            var d = Str(u, "dateModified") ?? Str(u, "datePublished");
            if (d is null || !DateTimeOffset.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)) continue;
            if (latest is null || at > latestAt) (latest, latestAt) = (d, at);
        }
        return latest;
    }

    private static void AddKeywords(JsonElement e, List<string> into)
    {
        if (!e.TryGetProperty("keywords", out var v)) return;
        if (v.ValueKind == JsonValueKind.String) into.AddRange(v.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        else if (v.ValueKind == JsonValueKind.Array)
            foreach (var x in v.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString())) into.Add(x.GetString()!.Trim());
    }
}
