namespace Sitrep.Bench.Attribution;

/// <summary>An attribution as the scorer sees it: three trimmed offset sets (source empty when absent).</summary>
public sealed record ScoredAttribution(SpanSet Content, SpanSet Cue, SpanSet Source);
