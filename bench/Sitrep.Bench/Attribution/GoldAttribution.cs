namespace Sitrep.Bench.Attribution;

/// <summary>One attribution as raw fragments (end exclusive); an empty source list means no source.</summary>
public sealed record GoldAttribution(IReadOnlyList<(int Start, int End)> Content, IReadOnlyList<(int Start, int End)> Cue, IReadOnlyList<(int Start, int End)> Source);
