namespace Sitrep.Extract.Content;

/// <summary>Calibrated numbers of the content heuristics. All were tuned on extraction-dev (train/dev only); after
/// changing one, rerun `./sitrep bench extraction --peer none --speed false` and compare F1 and the miss list.</summary>
internal static class ContentTuning
{
    /// <summary>A block counts as running text from this many characters if it has sentence punctuation.</summary>
    public const int MinProseLength = 60;
    /// <summary>…or from this many characters without punctuation.</summary>
    public const int MinUnpunctuatedProseLength = 80;
    /// <summary>Share of link text above which a block is a link list, not prose.</summary>
    public const float MaxProseLinkDensity = 0.35f;
    /// <summary>Share of link text from which a block in the body is dropped as a link list.</summary>
    public const float DropLinkDensity = 0.5f;
    /// <summary>Weight of short non-prose text (dates, labels, menu words) against the container holding it.</summary>
    public const float ShortTextPenalty = 0.25f;
    /// <summary>A furniture hint does not remove an element holding more than this share of the page's running text.</summary>
    public const float ProtectShare = 0.6f;
    /// <summary>…or this share when it is an article/main element or carries a body word (article, content, entry…).</summary>
    public const float ProtectBodyShare = 0.3f;
    /// <summary>When removal keeps less than this share of the page's running text and the body is too small, the vaguer
    /// hints are dropped and the body chosen again.</summary>
    public const float LostTextShare = 0.2f;
    /// <summary>Header elements with at least this much running text (an article header with its lead) are kept.</summary>
    public const int HeaderProseToKeep = 100;
    /// <summary>An element hinted as an ad is kept when it holds this much running text…</summary>
    public const int AdProseToKeep = 300;
    /// <summary>…and this many times as much running text as furniture.</summary>
    public const float AdProseToFurniture = 8f;
    /// <summary>A sibling of the chosen container joins the body with at least this much running text.</summary>
    public const int MinSiblingProse = 60;
    /// <summary>Less running text than this in the body and the page is not an article.</summary>
    public const int MinArticleProse = 250;
    /// <summary>A title of what follows an article ends the body only after this share of its running text.</summary>
    public const float EndTitleProseShare = 0.3f;
    /// <summary>The JSON-LD articleBody replaces the found body when that holds less than this share of its length.</summary>
    public const float StatedBodyShare = 0.5f;
    /// <summary>Longest block read as a stand-alone image credit.</summary>
    public const int MaxCreditLength = 60;
}
