using Sitrep.Core;

namespace Sitrep.Analyze.Quotes;

/// <summary>An attribution found by the cue rules, before its source is linked to entities.</summary>
internal sealed record AttributionCandidate(TextSpan[] Content, TextSpan Cue, TextSpan? Source);
