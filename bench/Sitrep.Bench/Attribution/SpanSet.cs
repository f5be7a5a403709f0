namespace Sitrep.Bench.Attribution;

/// <summary>A set of character offsets kept as sorted, disjoint, trimmed intervals (end exclusive).</summary>
public sealed class SpanSet : IEquatable<SpanSet>
{
    private readonly (int Start, int End)[] _parts;

    private SpanSet((int, int)[] parts) => _parts = parts;

    public static SpanSet Empty { get; } = new([]);

    public bool IsEmpty => _parts.Length == 0;

    public int Size { get { int n = 0; foreach (var (s, e) in _parts) n += e - s; return n; } }

    public IReadOnlyList<(int Start, int End)> Parts => _parts;

    /// <summary>Trims whitespace and punctuation from both ends of each fragment (annotators differ on closing quotes
    /// and full stops); a part made only of punctuation (the cue ":") is kept untrimmed so it can still match.</summary>
    public static SpanSet Of(string text, IEnumerable<(int Start, int End)> fragments)
    {
        var trimmed = new List<(int, int)>();
        var raw = new List<(int, int)>();
        foreach (var (s0, e0) in fragments)
        {
            int s = Math.Clamp(s0, 0, text.Length), e = Math.Clamp(e0, s, text.Length);
            if (e > s) raw.Add((s, e));
            while (s < e && IsTrim(text[s])) s++;
            while (e > s && IsTrim(text[e - 1])) e--;
            if (e > s) trimmed.Add((s, e));
        }
        return new SpanSet(Normalize(trimmed.Count > 0 ? trimmed : raw));
    }

    private static bool IsTrim(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || c is '`' or '\u00B4';

    private static (int, int)[] Normalize(List<(int Start, int End)> parts)
    {
        parts.Sort();
        var merged = new List<(int Start, int End)>(parts.Count);
        foreach (var p in parts)
        {
            if (merged.Count > 0 && p.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, p.End));
            else merged.Add(p);
        }
        return [.. merged];
    }

    public int Overlap(SpanSet other)
    {
        int n = 0, i = 0, j = 0;
        while (i < _parts.Length && j < other._parts.Length)
        {
            var (a, b) = _parts[i];
            var (c, d) = other._parts[j];
            n += Math.Max(0, Math.Min(b, d) - Math.Max(a, c));
            if (b < d) i++; else j++;
        }
        return n;
    }

    public bool Equals(SpanSet? other) => other is not null && _parts.AsSpan().SequenceEqual(other._parts);

    public override bool Equals(object? obj) => Equals(obj as SpanSet);

    public override int GetHashCode() => _parts.Length == 0 ? 0 : HashCode.Combine(_parts[0], _parts[^1], _parts.Length);
}
