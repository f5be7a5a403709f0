using System.Collections.Frozen;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Word-level resources the features read: word clusters learned from unlabeled text (two granularities),
/// how often each lower-cased word is capitalized mid-sentence, and a gazetteer of entity names seen in training.
/// Immutable and thread-safe.</summary>
internal sealed class NerLexicon
{
    public const int MaxGazetteerTokens = 6;
    public const int MaxWordLength = 48;

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _clusterLookup;
    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _casingLookup;

    public NerLexicon(FrozenDictionary<string, int> clusters, FrozenDictionary<string, byte> casing, Dictionary<ulong, byte> gazetteer)
    {
        Clusters = clusters;
        Casing = casing;
        Gazetteer = gazetteer;
        _clusterLookup = clusters.GetAlternateLookup<ReadOnlySpan<char>>();
        _casingLookup = casing.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NerLexicon Empty { get; } = new(FrozenDictionary<string, int>.Empty, FrozenDictionary<string, byte>.Empty, []);

    /// <summary>Word (exact case) → fine cluster in the low 16 bits, coarse cluster in the high 16 bits, each + 1.</summary>
    public FrozenDictionary<string, int> Clusters { get; }

    /// <summary>Lower-cased word → bucket 1..5 of the share of mid-sentence occurrences that are capitalized.</summary>
    public FrozenDictionary<string, byte> Casing { get; }

    /// <summary>Hash of a lower-cased token sequence (see <see cref="GazetteerStep"/>) → bit mask of entity types.</summary>
    public Dictionary<ulong, byte> Gazetteer { get; }

    /// <summary>The packed clusters of <paramref name="word"/>: exact form, else (for all-caps words) the title-case
    /// form, else the lower-case form; 0 when unknown.</summary>
    public int ClusterOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength) return 0;
        if (_clusterLookup.TryGetValue(word, out int c)) return c;
        Span<char> buffer = stackalloc char[word.Length];
        buffer[0] = word[0];
        for (int i = 1; i < word.Length; i++) buffer[i] = char.ToLowerInvariant(word[i]);
        if (_clusterLookup.TryGetValue(buffer, out c)) return c;
        buffer[0] = char.ToLowerInvariant(word[0]);
        return _clusterLookup.TryGetValue(buffer, out c) ? c : 0;
    }

    public byte CasingOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength) return 0;
        Span<char> buffer = stackalloc char[word.Length];
        word.ToLowerInvariant(buffer);
        return _casingLookup.TryGetValue(buffer, out byte b) ? b : (byte)0;
    }

    public const ulong GazetteerSeed = 14695981039346656037UL;

    /// <summary>Extends a gazetteer key by one token (lower-cased, separated).</summary>
    public static ulong GazetteerStep(ulong h, ReadOnlySpan<char> token)
    {
        foreach (char c in token) h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        return (h ^ ' ') * 1099511628211UL;
    }
}
