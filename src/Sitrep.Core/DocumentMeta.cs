namespace Sitrep.Core;

/// <summary>Metadata of a document as found by extraction; every field is optional.</summary>
public sealed record DocumentMeta
{
    /// <summary>The input as given (path, URL or "-").</summary>
    public string? Source { get; init; }
    /// <summary>Canonical URL of the article.</summary>
    public string? Url { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    /// <summary>True when <see cref="Published"/> carried a time in the source; false for a bare date.</summary>
    public bool PublishedHasTime { get; init; }
    /// <summary>True when the time of <see cref="Published"/> is tied to a known UTC offset; false for a wall-clock
    /// time printed without a zone, whose offset in <see cref="Published"/> is only a placeholder.</summary>
    public bool PublishedHasOffset { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public bool ModifiedHasTime { get; init; }
    public bool ModifiedHasOffset { get; init; }
    public string? SiteName { get; init; }
    /// <summary>ISO 639-1 code from language detection.</summary>
    public string? Language { get; init; }
    public string? Description { get; init; }
    public string? Image { get; init; }
    public string? Section { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Original publisher or URL when the page republishes another's story.</summary>
    public Syndication? Syndication { get; init; }
}

/// <summary>Where a republished story originally appeared; either part may be unknown.</summary>
public sealed record Syndication(string? Publisher, string? Url, string? Statement);
