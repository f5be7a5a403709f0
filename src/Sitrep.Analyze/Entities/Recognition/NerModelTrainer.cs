using System.Collections.Frozen;
using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Trains a <see cref="NerModel"/>: casing statistics and word clusters from unlabeled text, a gazetteer
/// from the training entities, then an averaged structured perceptron over BILOU tags. Deterministic for a seed.</summary>
public static class NerModelTrainer
{
    public static NerModel Train(IReadOnlyList<NerTrainingSentence> sentences, IEnumerable<string[]> unlabeled, NerTrainingOptions? options = null)
    {
        options ??= new NerTrainingOptions();
        var log = options.Log ?? (_ => { });
        var clock = Stopwatch.StartNew();
        var unlabeledList = unlabeled.Concat(sentences.Select(s => s.Words)).ToList();

        var casing = BuildCasing(unlabeledList);
        log($"casing statistics for {casing.Count:N0} words ({clock.Elapsed.TotalSeconds:F1} s)");
        var clusters = BuildClusters(unlabeledList, options, log);
        log($"clusters for {clusters.Count:N0} words ({clock.Elapsed.TotalSeconds:F1} s)");

        int folds = Math.Max(1, options.GazetteerFolds);
        var full = BuildGazetteer(sentences, -1, folds);
        var foldGazetteers = new Dictionary<ulong, byte>[folds];
        for (int f = 0; f < folds; f++) foldGazetteers[f] = folds == 1 ? full : BuildGazetteer(sentences, f, folds);
        var lexicon = new NerLexicon(clusters, casing, full);
        log($"gazetteer of {full.Count:N0} names");

        var data = Featurize(sentences, lexicon, foldGazetteers, folds, options);
        log($"{data.Features.Count:N0} features over {sentences.Count:N0} sentences ({clock.Elapsed.TotalSeconds:F1} s)");

        var model = RunPerceptron(data, lexicon, options, log);
        log($"trained in {clock.Elapsed.TotalSeconds:F1} s");
        return model;
    }

    /// <summary>BILOU tag ids for IOB1 or IOB2 tags (entities read as conlleval does).</summary>
    internal static int[] ToBilou(string[] tags)
    {
        var result = new int[tags.Length];
        int i = 0;
        while (i < tags.Length)
        {
            if (!TryEntityTag(tags[i], out var type, out _)) { i++; continue; }
            int j = i + 1;
            while (j < tags.Length && TryEntityTag(tags[j], out var t2, out bool begin) && t2 == type && !begin) j++;
            if (j - i == 1) result[i] = NerTags.Make(type, 3);
            else
            {
                result[i] = NerTags.Make(type, 0);
                for (int k = i + 1; k < j - 1; k++) result[k] = NerTags.Make(type, 1);
                result[j - 1] = NerTags.Make(type, 2);
            }
            i = j;
        }
        return result;
    }

    private static bool TryEntityTag(string tag, out EntityType type, out bool begin)
    {
        type = default;
        begin = tag.StartsWith("B-", StringComparison.Ordinal);
        return tag.Length > 2 && tag[1] == '-' && NerTags.TryParseType(tag.AsSpan(2), out type);
    }

    private static FrozenDictionary<string, byte> BuildCasing(List<string[]> sentences)
    {
        var counts = new Dictionary<string, (int Total, int Capitalized)>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            bool anyLower = false;
            foreach (var w in words)
                if (w.AsSpan().ContainsAnyInRange('a', 'z')) { anyLower = true; break; }
            if (!anyLower) continue; // headlines in capitals say nothing about case
            for (int i = 1; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length == 0 || !char.IsLetter(w[0]) || w.Length > NerLexicon.MaxWordLength) continue;
                // After a sentence-internal full stop or opening quote the case is not informative either.
                if (words[i - 1] is "." or "\"" or "``" or ":" or "?" or "!") continue;
                var key = w.ToLowerInvariant();
                counts.TryGetValue(key, out var c);
                counts[key] = (c.Total + 1, c.Capitalized + (char.IsUpper(w[0]) ? 1 : 0));
            }
        }
        var result = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, (total, cap)) in counts)
        {
            if (total < 2) continue;
            double r = (double)cap / total;
            result[word] = r < 0.05 ? (byte)1 : r < 0.3 ? (byte)2 : r < 0.7 ? (byte)3 : r < 0.95 ? (byte)4 : (byte)5;
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int> BuildClusters(List<string[]> sentences, NerTrainingOptions options, Action<string> log)
    {
        if (options.FineClusters <= 1) return FrozenDictionary<string, int>.Empty;
        var fine = WordClusterer.Cluster(sentences, options.FineClusters, options.ClusterIterations, options.MinClusterWordCount, log);
        var coarse = WordClusterer.Cluster(sentences, Math.Max(2, options.CoarseClusters), options.ClusterIterations, options.MinClusterWordCount, log);
        var packed = new Dictionary<string, int>(fine.Count, StringComparer.Ordinal);
        foreach (var (word, c) in fine)
            packed[word] = (c + 1) | ((coarse.TryGetValue(word, out int cc) ? cc + 1 : 0) << 16);
        return packed.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Dictionary<ulong, byte> BuildGazetteer(IReadOnlyList<NerTrainingSentence> sentences, int excludedFold, int folds)
    {
        var gazetteer = new Dictionary<ulong, byte>();
        var spans = new List<(int Start, int Length, EntityType Type)>();
        foreach (var s in sentences)
        {
            if (excludedFold >= 0 && s.Document % folds == excludedFold) continue;
            spans.Clear();
            NerTags.Decode(ToBilou(s.Tags), spans);
            foreach (var (start, length, type) in spans)
            {
                if (length > NerLexicon.MaxGazetteerTokens) continue;
                ulong h = NerLexicon.GazetteerSeed;
                for (int k = 0; k < length; k++) h = NerLexicon.GazetteerStep(h, s.Words[start + k]);
                gazetteer.TryGetValue(h, out byte mask);
                gazetteer[h] = (byte)(mask | (1 << (int)type));
            }
        }
        return gazetteer;
    }

    private sealed class TrainingData
    {
        public Dictionary<ulong, int> Features { get; } = [];
        public List<int[]> FeatureIds { get; } = [];
        public List<int[]> Offsets { get; } = [];
        public List<int[]> Gold { get; } = [];
    }

    /// <summary>Joins a token list into text with single spaces, giving each token's span.</summary>
    internal static string Join(string[] words, TextSpan[] spans)
    {
        int pos = 0;
        for (int i = 0; i < words.Length; i++)
        {
            spans[i] = new TextSpan(pos, words[i].Length);
            pos += words[i].Length + 1;
        }
        return string.Join(' ', words);
    }

    private static TrainingData Featurize(IReadOnlyList<NerTrainingSentence> sentences, NerLexicon lexicon, Dictionary<ulong, byte>[] foldGazetteers, int folds, NerTrainingOptions options)
    {
        var data = new TrainingData();
        var extractor = new NerFeatureExtractor();
        var counts = new Dictionary<ulong, int>();
        var hashed = new List<ulong[]>(sentences.Count);
        foreach (var s in sentences)
        {
            var spans = new TextSpan[s.Words.Length];
            var text = Join(s.Words, spans);
            extractor.Extract(text, spans, lexicon, foldGazetteers[s.Document % folds]);
            var h = extractor.Features.ToArray();
            foreach (var f in h) counts[f] = counts.GetValueOrDefault(f) + 1;
            hashed.Add(h);
            data.Offsets.Add([.. extractor.Offsets]);
            data.Gold.Add(ToBilou(s.Tags));
        }
        foreach (var h in hashed)
        {
            var ids = new int[h.Length];
            for (int k = 0; k < h.Length; k++)
            {
                if (counts[h[k]] < options.MinFeatureCount) { ids[k] = -1; continue; }
                if (!data.Features.TryGetValue(h[k], out int id)) data.Features[h[k]] = id = data.Features.Count;
                ids[k] = id;
            }
            data.FeatureIds.Add(ids);
        }
        return data;
    }

    private static NerModel RunPerceptron(TrainingData data, NerLexicon lexicon, NerTrainingOptions options, Action<string> log)
    {
        const int T = NerTags.Count;
        int f = data.Features.Count;
        var w = new float[f * T];
        var u = new float[f * T];
        var trans = new float[(T + 1) * T];
        var transU = new float[(T + 1) * T];
        var end = new float[T];
        var endU = new float[T];
        // The live model shares the weight arrays, so decoding during training sees every update.
        var live = new NerModel(data.Features, w, trans, end, lexicon);
        var scratch = new NerModel.Scratch();
        var order = Enumerable.Range(0, data.Gold.Count).ToArray();
        var rng = new Random(options.Seed);
        var pred = new int[256];
        float c = 1;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int si in order)
            {
                var gold = data.Gold[si];
                int n = gold.Length;
                if (n == 0) continue;
                tokens += n;
                var ids = data.FeatureIds[si];
                var offsets = data.Offsets[si];
                scratch.Ensure(n);
                var emissions = scratch.Emissions.AsSpan(0, n * T);
                emissions.Clear();
                for (int i = 0; i < n; i++)
                    for (int k = offsets[i]; k < offsets[i + 1]; k++)
                    {
                        int id = ids[k];
                        if (id < 0) continue;
                        for (int t = 0; t < T; t++) emissions[i * T + t] += w[id * T + t];
                    }
                if (pred.Length < n) pred = new int[n * 2];
                live.Viterbi(emissions, n, pred, scratch);
                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    int g = gold[i], p = pred[i];
                    int gp = i == 0 ? -1 : gold[i - 1], pp = i == 0 ? -1 : pred[i - 1];
                    if (g != p)
                    {
                        errors++;
                        wrong = true;
                        for (int k = offsets[i]; k < offsets[i + 1]; k++)
                        {
                            int id = ids[k];
                            if (id < 0) continue;
                            w[id * T + g] += 1; u[id * T + g] += c;
                            w[id * T + p] -= 1; u[id * T + p] -= c;
                        }
                    }
                    if (g != p || gp != pp)
                    {
                        trans[(gp + 1) * T + g] += 1; transU[(gp + 1) * T + g] += c;
                        trans[(pp + 1) * T + p] -= 1; transU[(pp + 1) * T + p] -= c;
                    }
                }
                if (wrong && gold[n - 1] != pred[n - 1])
                {
                    end[gold[n - 1]] += 1; endU[gold[n - 1]] += c;
                    end[pred[n - 1]] -= 1; endU[pred[n - 1]] -= c;
                }
                c++;
            }
            log($"epoch {epoch}: {errors:N0} token errors of {tokens:N0}");
        }
        Average(w, u, c);
        Average(trans, transU, c);
        Average(end, endU, c);
        return Prune(data.Features, w, trans, end, lexicon);
    }

    private static void Average(float[] w, float[] u, float c)
    {
        for (int i = 0; i < w.Length; i++) w[i] -= u[i] / c;
    }

    /// <summary>Drops features whose averaged weights are all (nearly) zero.</summary>
    private static NerModel Prune(Dictionary<ulong, int> features, float[] w, float[] trans, float[] end, NerLexicon lexicon)
    {
        const int T = NerTags.Count;
        var kept = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (hash, id) in features)
        {
            bool any = false;
            for (int t = 0; t < T; t++) if (MathF.Abs(w[id * T + t]) >= 1e-3f) { any = true; break; }
            if (!any) continue;
            kept[hash] = kept.Count;
            for (int t = 0; t < T; t++) weights.Add(w[id * T + t]);
        }
        return new NerModel(kept, [.. weights], trans, end, lexicon);
    }
}
