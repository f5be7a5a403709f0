using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using Sitrep.Core;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>A trained linear-chain tagger (averaged structured perceptron over BILOU tags, Viterbi decoding) in two
/// passes: the first tags each sentence on its own; the second adds what the first predicted for the same words
/// elsewhere in the document (<see cref="DocumentContext"/>). Carries the lexicons its features read. Immutable
/// and thread-safe; <see cref="Default"/> loads the embedded model once.</summary>
public sealed class NerModel
{
    private const uint Magic = 0x52454E53; // "SNER"
    private const int FormatVersion = 2;
    internal const string ResourceName = "Sitrep.Analyze.Entities.Recognition.ner-conll2003.bin.gz";

    private static readonly Lazy<NerModel> LazyDefault = new(LoadEmbedded);

    private readonly Dictionary<ulong, int> _features;

    [ThreadStatic] private static Scratch? t_scratch;

    internal NerModel(Dictionary<ulong, int> features, NerStage first, NerStage second, NerLexicon lexicon)
    {
        _features = features;
        First = first;
        Second = second;
        Lexicon = lexicon;
    }

    /// <summary>The model shipped with Sitrep (trained on CoNLL-2003 English by <c>./sitrep train ner</c>).</summary>
    public static NerModel Default => LazyDefault.Value;

    internal NerLexicon Lexicon { get; }

    internal NerStage First { get; }

    internal NerStage Second { get; }

    public int FeatureCount => _features.Count;

    /// <summary>Divides scores before computing confidences. Calibrated on CoNLL-2003 valid with
    /// `./sitrep bench ner --calibrate` (temperature 16: expected calibration error 0.006 of mention confidences, against 0.07 at 1); rerun it
    /// after retraining.</summary>
    internal const float DefaultTemperature = 16f;

    internal float Temperature { get; private init; } = DefaultTemperature;

    /// <summary>The same model with another confidence temperature (for calibration).</summary>
    internal NerModel WithTemperature(float temperature) => new(_features, First, Second, Lexicon) { Temperature = temperature };

    /// <summary>Tags one sentence as a document of its own.</summary>
    internal void Tag(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Span<int> tags, Span<float> confidence)
        => TagDocument(text, tokens, [0, tokens.Length], tags, confidence);

    /// <summary>Tags a document's sentences (sentence k = tokens[sentenceStarts[k]..sentenceStarts[k+1]]):
    /// <paramref name="tags"/> receives BILOU tag ids, <paramref name="confidence"/> each tag's marginal probability.</summary>
    internal void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, ReadOnlySpan<int> sentenceStarts, Span<int> tags, Span<float> confidence)
    {
        int n = tokens.Length;
        if (n == 0) return;
        var s = t_scratch ??= new Scratch();
        s.EnsureDocument(n);
        // Phase 1: features of every sentence, looked up once and kept for both passes.
        s.Ids.Clear();
        for (int k = 0; k + 1 < sentenceStarts.Length; k++)
        {
            int from = sentenceStarts[k], to = sentenceStarts[k + 1];
            if (to <= from) continue;
            s.Extractor.Extract(text, tokens[from..to], Lexicon);
            var features = s.Extractor.Features;
            var offsets = s.Extractor.Offsets;
            for (int i = 0; i < to - from; i++)
            {
                s.Offsets[from + i] = s.Ids.Count;
                for (int f = offsets[i]; f < offsets[i + 1]; f++)
                    if (_features.TryGetValue(features[f], out int id)) s.Ids.Add(id);
            }
        }
        s.Offsets[n] = s.Ids.Count;
        // Phase 2: the first pass, sentence by sentence.
        for (int k = 0; k + 1 < sentenceStarts.Length; k++)
            DecodeSentence(First, s, sentenceStarts[k], sentenceStarts[k + 1], null, tags, default);
        // Phase 3: document hints from the first pass, then the second pass with them.
        var hints = s.Hints.AsSpan(0, n);
        s.Context.Compute(text, tokens, sentenceStarts, tags, hints);
        for (int k = 0; k + 1 < sentenceStarts.Length; k++)
            DecodeSentence(Second, s, sentenceStarts[k], sentenceStarts[k + 1], s.Hints, tags, confidence);
    }

    private void DecodeSentence(NerStage stage, Scratch s, int from, int to, byte[]? hints, Span<int> tags, Span<float> confidence)
    {
        int n = to - from;
        if (n <= 0) return;
        s.EnsureSentence(n);
        const int T = NerTags.Count;
        var emissions = s.Emissions.AsSpan(0, n * T);
        emissions.Clear();
        Span<ulong> hintHashes = stackalloc ulong[NerFeatureExtractor.MaxHintFeatures];
        Span<int> hintIds = stackalloc int[NerFeatureExtractor.MaxHintFeatures];
        var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(s.Ids);
        for (int i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * T, T);
            stage.AddFeatures(ids[s.Offsets[from + i]..s.Offsets[from + i + 1]], row);
            if (hints is null) continue;
            int h = NerFeatureExtractor.HintFeatures(hints[from + i], hintHashes);
            for (int j = 0; j < h; j++) hintIds[j] = _features.TryGetValue(hintHashes[j], out int id) ? id : -1;
            stage.AddFeatures(hintIds[..h], row);
        }
        stage.Viterbi(emissions, n, tags.Slice(from, n), s.Delta, s.Back);
        if (!confidence.IsEmpty) stage.Marginals(emissions, n, tags.Slice(from, n), confidence.Slice(from, n), s.Delta, s.Beta, Temperature);
    }

    private sealed class Scratch
    {
        public NerFeatureExtractor Extractor { get; } = new();
        public DocumentContext Context { get; } = new();
        public List<int> Ids { get; } = new(1 << 14);
        public int[] Offsets = new int[256];
        public byte[] Hints = new byte[256];
        public float[] Emissions = [], Delta = [], Beta = [];
        public int[] Back = [];

        public void EnsureDocument(int n)
        {
            if (Offsets.Length > n) return;
            Offsets = new int[n * 2 + 1];
            Hints = new byte[n * 2 + 1];
        }

        public void EnsureSentence(int n)
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
        Span<Half> row = stackalloc Half[NerTags.Count];
        foreach (var stage in (ReadOnlySpan<NerStage>)[First, Second])
        {
            // Sparse rows: a 17-bit mask of the tags with a non-zero weight (as half float), then those weights.
            foreach (var k in keys)
            {
                int f = _features[k], mask = 0;
                for (int t = 0; t < NerTags.Count; t++)
                {
                    row[t] = (Half)stage.Weights[f * NerTags.Count + t];
                    if (row[t] != Half.Zero) mask |= 1 << t;
                }
                w.Write((ushort)mask);
                w.Write((byte)(mask >> 16));
                for (int t = 0; t < NerTags.Count; t++)
                    if ((mask & (1 << t)) != 0) w.Write(BitConverter.HalfToUInt16Bits(row[t]));
            }
            foreach (float v in stage.Transitions) w.Write(v);
            foreach (float v in stage.End) w.Write(v);
        }
        w.Write(Lexicon.Clusters.Count);
        foreach (var (word, c) in Lexicon.Clusters) { w.Write(word); w.Write(c); }
        w.Write(Lexicon.Casing.Count);
        foreach (var (word, b) in Lexicon.Casing) { w.Write(word); w.Write(b); }
        w.Write(Lexicon.Gazetteer.Count);
        foreach (var (h, m) in Lexicon.Gazetteer) { w.Write(h); w.Write(m); }
    }

    /// <summary>Loads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> naming the
    /// problem when the stream is not such a model, is truncated, or was written for other feature templates.</summary>
    public static NerModel Load(Stream stream)
    {
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(new BufferedStream(gz, 1 << 16));
            if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Sitrep NER model (bad magic number).");
            int format = r.ReadInt32(), templates = r.ReadInt32();
            if (format != FormatVersion || templates != NerFeatureExtractor.Version)
                throw new InvalidDataException($"NER model format {format}/templates {templates} does not match this build ({FormatVersion}/{NerFeatureExtractor.Version}); retrain with `./sitrep train ner`.");
            int count = r.ReadInt32();
            if (count < 0) throw new InvalidDataException("NER model is corrupt (negative feature count).");
            var features = new Dictionary<ulong, int>(count);
            ulong prev = 0;
            for (int i = 0; i < count; i++)
            {
                prev += (ulong)r.Read7BitEncodedInt64() | ((ulong)r.ReadByte() << 63);
                features[prev] = i;
            }
            var stages = new NerStage[2];
            for (int s = 0; s < 2; s++)
            {
                var stage = NerStage.Empty(count);
                for (int i = 0; i < count; i++)
                {
                    int mask = r.ReadUInt16() | (r.ReadByte() << 16);
                    for (int t = 0; t < NerTags.Count; t++)
                        if ((mask & (1 << t)) != 0) stage.Weights[i * NerTags.Count + t] = (float)BitConverter.UInt16BitsToHalf(r.ReadUInt16());
                }
                for (int i = 0; i < stage.Transitions.Length; i++) stage.Transitions[i] = r.ReadSingle();
                for (int i = 0; i < stage.End.Length; i++) stage.End[i] = r.ReadSingle();
                stages[s] = stage;
            }
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
            return new NerModel(features, stages[0], stages[1], lexicon);
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
