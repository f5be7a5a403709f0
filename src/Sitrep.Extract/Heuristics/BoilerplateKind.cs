namespace Sitrep.Extract.Heuristics;

/// <summary>Kinds of page furniture removed from the article body; the names are the keys of ExtractionResult.Removed.</summary>
public enum BoilerplateKind : byte
{
    None, Navigation, Cookie, Share, Related, Comments, Ads, Newsletter, Video, Byline, Hidden, Syndication, Duplicate, Links, Markup, Caption, Notice,
    /// <summary>Paid content (sponsored boxes, promotions, advertorials): prose by nature, so never spared for its prose
    /// the way an ad-slot container can be.</summary>
    Sponsored,
}
