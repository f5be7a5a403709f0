using Sitrep.Core;

namespace Sitrep.Extract;

/// <summary>What extraction made of one input: the document (text + metadata + paragraph layer), whether it is
/// an article (and why not), what was removed (counts per kind), and the problems met.</summary>
public sealed record ExtractionResult(Document? Document, IReadOnlyList<Problem> Problems)
{
    public bool IsArticle { get; init; }
    public string? NotArticleReason { get; init; }
    /// <summary>Removed blocks per kind: "navigation", "newsletter", "video", "share", "related", "comments", "ads", "cookie", "syndication", "duplicate", "markup"…</summary>
    public IReadOnlyDictionary<string, int> Removed { get; init; } = new Dictionary<string, int>();
    /// <summary>Charset used to decode the bytes and where it came from ("bom", "http", "meta", "detected", "default").</summary>
    public string? Charset { get; init; }

    /// <summary>True when nothing usable came out (a fatal problem).</summary>
    public bool Failed => Document is null;
}
