using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using Sitrep.Core;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>A trained linear-chain tagger (averaged structured perceptron over BILOU tags, Viterbi decoding) with
/// the lexicons its features read. Immutable and thread-safe; <see cref="Default"/> loads the embedded model once.</summary>
public sealed class NerModel
{
    private const uint Magic = 0x52454E53; // "SNER"
    private const int FormatVersion = 1;
    internal const string ResourceName = "Sitrep.Analyze.Entities.Recognition.ner-conll2003.bin.gz";

    private static readonly Lazy<NerModel> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<ulong, int> _features;
    private readonly float[] _weights;       // feature row × NerTags.Count
    private readonly float[] _transitions;   // (prev + 1) × NerTags.Count; row 0 is the sentence start
    private readonly float[] _endScores;     // NerTags.Count

    [ThreadStatic] private static Scratch? t_scratch;

    internal NerModel(Dictionary<ulong, int> features, float[] weights, float[] transitions, float[] endScores, NerLexicon lexicon)
    {
        _features = features;
        _weights = weights;
        _transitions = transitions;
        _endScores = endScores;
        Lexicon = lexicon;
    }

    /// <summary>The model shipped with Sitrep (trained on CoNLL-2003 English by <c>./sitrep train ner</c>).</summary>
    public static NerModel Default => LazyDefault.Value;

    internal NerLexicon Lexicon { get; }

    public int FeatureCount => _features.Count;

    /// <summary>Tags one sentence: <paramref name="tags"/> receives BILOU tag ids, <paramref name="confidence"/> the
    /// marginal probability of each chosen tag (forward-backward over the perceptron scores).</summary>
    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> tags, Span<float> confidence)
    {
        int n = tokens.Length;
        if (n == 0) return;
        var s = t_scratch ??= new Scratch();
        s.Ensure(n);
        s.Extractor.Extract(text, tokens, Lexicon);
        var emissions = s.Emissions.AsSpan(0, n * NerTags.Count);
        Score(s.Extractor, emissions);
        Viterbi(emissions, n, tags, s);
        Marginals(emissions, n, tags, confidence, s);
    }

    /// <summary>Emission scores: for each token the summed weights of its known features, per tag.</summary>
    private void Score(NerFeatureExtractor extractor, Span<float> emissions)
    {
        emissions.Clear();
        var features = extractor.Features;
        var offsets = extractor.Offsets;
        const int T = NerTags.Count;
        var w = _weights.AsSpan();
        for (int i = 0; i + 1 < offsets.Count; i++)
        {
            var row = emissions.Slice(i * T, T);
            for (int k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (!_features.TryGetValue(features[k], out int f)) continue;
                var wf = w.Slice(f * T, T);
                for (int t = 0; t < T; t++) row[t] += wf[t];
            }
        }
    }

    internal void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> tags, Scratch s)
    {
        const int T = NerTags.Count;
        var delta = s.Delta.AsSpan(0, n * T);
        var back = s.Back.AsSpan(0, n * T);
        for (int t = 0; t < T; t++)
            delta[t] = NerTags.Allowed(-1, t) ? _transitions[t] + emissions[t] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < T; p++)
                {
                    if (!NerTags.Allowed(p, t)) continue;
                    float v = delta[(i - 1) * T + p] + _transitions[(p + 1) * T + t];
                    if (v > best) { best = v; arg = p; }
                }
                delta[i * T + t] = best + emissions[i * T + t];
                back[i * T + t] = arg;
            }
        float final = float.NegativeInfinity;
        int last = 0;
        for (int t = 0; t < T; t++)
        {
            if (!NerTags.Allowed(t, -1)) continue;
            float v = delta[(n - 1) * T + t] + _endScores[t];
            if (v > final) { final = v; last = t; }
        }
        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    }

    /// <summary>Marginal probability of each chosen tag, treating scores as log-potentials.</summary>
    private void Marginals(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<int> tags, Span<float> confidence, Scratch s)
    {
        const int T = NerTags.Count;
        var alpha = s.Delta.AsSpan(0, n * T);
        var beta = s.Beta.AsSpan(0, n * T);
        for (int t = 0; t < T; t++)
            alpha[t] = NerTags.Allowed(-1, t) ? _transitions[t] + emissions[t] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                float acc = float.NegativeInfinity;
                for (int p = 0; p < T; p++)
                    if (NerTags.Allowed(p, t)) acc = LogAdd(acc, alpha[(i - 1) * T + p] + _transitions[(p + 1) * T + t]);
                alpha[i * T + t] = acc + emissions[i * T + t];
            }
        for (int t = 0; t < T; t++)
            beta[(n - 1) * T + t] = NerTags.Allowed(t, -1) ? _endScores[t] : float.NegativeInfinity;
        for (int i = n - 2; i >= 0; i--)
            for (int p = 0; p < T; p++)
            {
                float acc = float.NegativeInfinity;
                for (int t = 0; t < T; t++)
                    if (NerTags.Allowed(p, t)) acc = LogAdd(acc, _transitions[(p + 1) * T + t] + emissions[(i + 1) * T + t] + beta[(i + 1) * T + t]);
                beta[i * T + p] = acc;
            }
        float z = float.NegativeInfinity;
        for (int t = 0; t < T; t++) z = LogAdd(z, alpha[(n - 1) * T + t] + beta[(n - 1) * T + t]);
        for (int i = 0; i < n; i++)
            confidence[i] = MathF.Exp(alpha[i * T + tags[i]] + beta[i * T + tags[i]] - z);
    }

    private static float LogAdd(float a, float b)
    {
        if (float.IsNegativeInfinity(a)) return b;
        if (float.IsNegativeInfinity(b)) return a;
        return a > b ? a + MathF.Log(1 + MathF.Exp(b - a)) : b + MathF.Log(1 + MathF.Exp(a - b));
    }

    internal sealed class Scratch
    {
        public NerFeatureExtractor Extractor { get; } = new();
        public float[] Emissions = [], Delta = [], Beta = [];
        public int[] Back = [];

        public void Ensure(int n)
        {
            int size = n * NerTags.Count;
            if (Emissions.Length >= size) return;
            size = Math.Max(size, Emissions.Length * 2);
            Emissions = new float[size];
            Delta = new float[size];
            Beta = new float[size];
            Back = new int[size];
        }
    }

    // ---- Persistence: gzip of a little-endian binary stream.

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(NerFeatureExtractor.Version);
        var keys = _features.Keys.ToArray();
        Array.Sort(keys);
        w.Write(keys.Length);
        ulong prevKey = 0;
        foreach (var k in keys)
        {
            w.Write7BitEncodedInt64((long)(k - prevKey) & long.MaxValue);
            w.Write((byte)((k - prevKey) >> 63));
            prevKey = k;
        }
        // Sparse rows: a 17-bit mask of the tags with a non-zero weight (as half float), then those weights.
        Span<Half> row = stackalloc Half[NerTags.Count];
        foreach (var k in keys)
        {
            int f = _features[k], mask = 0;
            for (int t = 0; t < NerTags.Count; t++)
            {
                row[t] = (Half)_weights[f * NerTags.Count + t];
                if (row[t] != Half.Zero) mask |= 1 << t;
            }
            w.Write((ushort)mask);
            w.Write((byte)(mask >> 16));
            for (int t = 0; t < NerTags.Count; t++)
                if ((mask & (1 << t)) != 0) w.Write(BitConverter.HalfToUInt16Bits(row[t]));
        }
        foreach (float v in _transitions) w.Write(v);
        foreach (float v in _endScores) w.Write(v);
        w.Write(Lexicon.Clusters.Count);
        foreach (var (word, c) in Lexicon.Clusters) { w.Write(word); w.Write(c); }
        w.Write(Lexicon.Casing.Count);
        foreach (var (word, b) in Lexicon.Casing) { w.Write(word); w.Write(b); }
        w.Write(Lexicon.Gazetteer.Count);
        foreach (var (h, m) in Lexicon.Gazetteer) { w.Write(h); w.Write(m); }
    }

    /// <summary>Loads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> naming the
    /// problem when the stream is not such a model or was written for other feature templates.</summary>
    public static NerModel Load(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16));
        try
        {
            if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Sitrep NER model (bad magic number).");
            int format = r.ReadInt32(), templates = r.ReadInt32();
            if (format != FormatVersion || templates != NerFeatureExtractor.Version)
                throw new InvalidDataException($"NER model format {format}/templates {templates} does not match this build ({FormatVersion}/{NerFeatureExtractor.Version}); retrain with `./sitrep train ner`.");
            int count = r.ReadInt32();
            var keys = new ulong[count];
            ulong prev = 0;
            for (int i = 0; i < count; i++)
            {
                ulong d = (ulong)r.Read7BitEncodedInt64() | ((ulong)r.ReadByte() << 63);
                prev += d;
                keys[i] = prev;
            }
            var features = new Dictionary<ulong, int>(count);
            for (int i = 0; i < count; i++) features[keys[i]] = i;
            var weights = new float[count * NerTags.Count];
            for (int i = 0; i < count; i++)
            {
                int mask = r.ReadUInt16() | (r.ReadByte() << 16);
                for (int t = 0; t < NerTags.Count; t++)
                    if ((mask & (1 << t)) != 0) weights[i * NerTags.Count + t] = (float)BitConverter.UInt16BitsToHalf(r.ReadUInt16());
            }
            var transitions = new float[(NerTags.Count + 1) * NerTags.Count];
            for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
            var end = new float[NerTags.Count];
            for (int i = 0; i < end.Length; i++) end[i] = r.ReadSingle();
            int nc = r.ReadInt32();
            var clusters = new Dictionary<string, int>(nc);
            for (int i = 0; i < nc; i++) clusters[r.ReadString()] = r.ReadInt32();
            int ncase = r.ReadInt32();
            var casing = new Dictionary<string, byte>(ncase);
            for (int i = 0; i < ncase; i++) casing[r.ReadString()] = r.ReadByte();
            int ng = r.ReadInt32();
            var gaz = new Dictionary<ulong, byte>(ng);
            for (int i = 0; i < ng; i++) gaz[r.ReadUInt64()] = r.ReadByte();
            var lexicon = new NerLexicon(clusters.ToFrozenDictionary(StringComparer.Ordinal), casing.ToFrozenDictionary(StringComparer.Ordinal), gaz);
            return new NerModel(features, weights, transitions, end, lexicon);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("NER model file is truncated.", ex);
        }
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded NER model '{ResourceName}' is missing; run `./sitrep train ner` and rebuild.");
        return Load(stream);
    }
}
