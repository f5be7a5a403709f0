namespace Sitrep.Bench.Extraction;

/// <summary>What one extractor returned for one page: main text and metadata (null when it failed).</summary>
public sealed record ExtractionOutput(string? Text, string? Title, IReadOnlyList<string> Authors, string? Date);
