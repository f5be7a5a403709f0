namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>64-bit FNV-1a hashing of feature parts, so features are never materialized as strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ c) * Prime;
        return h;
    }

    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return h;
    }

    /// <summary>Mixes a template id with up to three part hashes (order matters).</summary>
    public static ulong Mix(int template, ulong a, ulong b = 0, ulong c = 0)
    {
        ulong h = Offset ^ (ulong)template;
        h = Fold(h * Prime, a);
        h = Fold(h, b);
        h = Fold(h, c);
        return h;
    }

    private static ulong Fold(ulong h, ulong v)
    {
        h ^= v;
        h *= 0x9E3779B97F4A7C15UL;
        return h ^ (h >> 29);
    }
}
