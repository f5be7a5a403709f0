namespace Sitrep.Extract.Metadata;

/// <summary>What the page's JSON-LD says about its article, already reduced to strings.</summary>
internal sealed class JsonLdFacts
{
    internal string? Headline { get; set; }
    internal string? Url { get; set; }
    internal string? Description { get; set; }
    internal string? Section { get; set; }
    internal string? SiteName { get; set; }
    internal string? Publisher { get; set; }
    internal string? DatePublished { get; set; }
    internal string? DateModified { get; set; }
    internal string? Image { get; set; }
    internal List<string> Authors { get; } = [];
    internal List<string> Keywords { get; } = [];
    internal string? BasedOnUrl { get; set; }
    internal string? BasedOnPublisher { get; set; }
    internal string? SourceOrganization { get; set; }
    /// <summary>The longest articleBody stated, as written (markup and spacing not yet cleaned).</summary>
    internal string? ArticleBody { get; set; }
    /// <summary>Scripts that were not valid JSON (skipped).</summary>
    internal int BrokenScripts { get; set; }
}
