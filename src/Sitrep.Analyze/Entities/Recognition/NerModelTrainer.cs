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

        // The second pass learns from first-pass predictions on documents the first pass did not train on
        // (cross-validated by document fold), so its document hints are as noisy in training as in use.
        var firstPass = new int[sentences.Count][];
        for (int f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Document % folds != f).ToArray();
            var held = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Document % folds == f).ToArray();
            var stage = Perceptron(data.Ids, data.Offsets, data.Gold, folds == 1 ? held : train, data.Features.Count, options, _ => { });
            foreach (int i in held) firstPass[i] = Decode(stage, data.Ids[i], data.Offsets[i], data.Gold[i].Length);
            log($"first pass, fold {f + 1} of {folds} ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        var (secondIds, secondOffsets) = AddDocumentHints(data, sentences, firstPass);
        var all = Enumerable.Range(0, sentences.Count).ToArray();
        var first = Perceptron(data.Ids, data.Offsets, data.Gold, all, data.Features.Count, options, m => log("first pass: " + m));
        var second = Perceptron(secondIds, secondOffsets, data.Gold, all, data.Features.Count, options, m => log("second pass: " + m));
        var model = Prune(data.Features, first, second, lexicon);
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
        public List<int[]> Ids { get; } = [];
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
            data.Ids.Add(ids);
        }
        return data;
    }

    /// <summary>Feature ids for the second pass: each token's features plus its document-hint features, with hints
    /// computed per document from the first-pass tags (new hint features join the dictionary).</summary>
    private static (List<int[]> Ids, List<int[]> Offsets) AddDocumentHints(TrainingData data, IReadOnlyList<NerTrainingSentence> sentences, int[][] firstPass)
    {
        var ids = new List<int[]>(sentences.Count);
        var offsets = new List<int[]>(sentences.Count);
        var context = new DocumentContext();
        Span<ulong> hintHashes = stackalloc ulong[NerFeatureExtractor.MaxHintFeatures];
        int start = 0;
        while (start < sentences.Count)
        {
            int end = start;
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document) end++;
            var words = new List<string>();
            var starts = new List<int> { 0 };
            var tags = new List<int>();
            for (int i = start; i < end; i++)
            {
                words.AddRange(sentences[i].Words);
                tags.AddRange(firstPass[i]);
                starts.Add(words.Count);
            }
            var spans = new TextSpan[words.Count];
            var text = Join([.. words], spans);
            var hints = new byte[words.Count];
            context.Compute(text, spans, [.. starts], [.. tags], hints);
            for (int i = start; i < end; i++)
            {
                var baseIds = data.Ids[i];
                var baseOffsets = data.Offsets[i];
                var list = new List<int>(baseIds.Length + 16);
                var off = new int[baseOffsets.Length];
                for (int t = 0; t + 1 < baseOffsets.Length; t++)
                {
                    off[t] = list.Count;
                    for (int k = baseOffsets[t]; k < baseOffsets[t + 1]; k++) list.Add(baseIds[k]);
                    int h = NerFeatureExtractor.HintFeatures(hints[starts[i - start] + t], hintHashes);
                    for (int j = 0; j < h; j++)
                    {
                        if (!data.Features.TryGetValue(hintHashes[j], out int id)) data.Features[hintHashes[j]] = id = data.Features.Count;
                        list.Add(id);
                    }
                }
                off[^1] = list.Count;
                ids.Add([.. list]);
                offsets.Add(off);
            }
            start = end;
        }
        return (ids, offsets);
    }

    private static int[] Decode(NerStage stage, int[] ids, int[] offsets, int n)
    {
        const int T = NerTags.Count;
        var tags = new int[n];
        if (n == 0) return tags;
        var emissions = new float[n * T];
        for (int i = 0; i < n; i++) stage.AddFeatures(ids.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), emissions.AsSpan(i * T, T));
        stage.Viterbi(emissions, n, tags, new float[n * T], new int[n * T]);
        return tags;
    }

    /// <summary>Averaged structured perceptron over the given sentences; weights sized for every feature id.</summary>
    private static NerStage Perceptron(List<int[]> allIds, List<int[]> allOffsets, List<int[]> allGold, int[] sentences, int featureCount, NerTrainingOptions options, Action<string> log)
    {
        const int T = NerTags.Count;
        var live = NerStage.Empty(featureCount);
        var w = live.Weights;
        var trans = live.Transitions;
        var end = live.End;
        var u = new float[w.Length];
        var transU = new float[trans.Length];
        var endU = new float[end.Length];
        var order = (int[])sentences.Clone();
        var rng = new Random(options.Seed);
        var pred = new int[256];
        var emissionsBuffer = new float[256 * T];
        var delta = new float[256 * T];
        var back = new int[256 * T];
        float c = 1;
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int si in order)
            {
                var gold = allGold[si];
                int n = gold.Length;
                if (n == 0) continue;
                tokens += n;
                var ids = allIds[si];
                var offsets = allOffsets[si];
                if (pred.Length < n)
                {
                    pred = new int[n * 2];
                    emissionsBuffer = new float[n * 2 * T];
                    delta = new float[n * 2 * T];
                    back = new int[n * 2 * T];
                }
                var emissions = emissionsBuffer.AsSpan(0, n * T);
                emissions.Clear();
                for (int i = 0; i < n; i++) live.AddFeatures(ids.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), emissions.Slice(i * T, T));
                live.Viterbi(emissions, n, pred, delta, back);
                for (int i = 0; i < n; i++)
                {
                    int g = gold[i], p = pred[i];
                    int gp = i == 0 ? -1 : gold[i - 1], pp = i == 0 ? -1 : pred[i - 1];
                    if (g != p)
                    {
                        errors++;
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
                if (gold[n - 1] != pred[n - 1])
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
        return live;
    }

    private static void Average(float[] w, float[] u, float c)
    {
        for (int i = 0; i < w.Length; i++) w[i] -= u[i] / c;
    }

    /// <summary>Drops features whose averaged weights are (nearly) zero in both passes.</summary>
    private static NerModel Prune(Dictionary<ulong, int> features, NerStage first, NerStage second, NerLexicon lexicon)
    {
        const int T = NerTags.Count;
        var kept = new Dictionary<ulong, int>();
        var w1 = new List<float>();
        var w2 = new List<float>();
        foreach (var (hash, id) in features)
        {
            bool any = false;
            for (int t = 0; t < T && !any; t++)
                any = MathF.Abs(first.Weights[id * T + t]) >= 1e-3f || MathF.Abs(second.Weights[id * T + t]) >= 1e-3f;
            if (!any) continue;
            kept[hash] = kept.Count;
            for (int t = 0; t < T; t++)
            {
                w1.Add(first.Weights[id * T + t]);
                w2.Add(second.Weights[id * T + t]);
            }
        }
        return new NerModel(kept, new NerStage([.. w1], first.Transitions, first.End), new NerStage([.. w2], second.Transitions, second.End), lexicon);
    }
}
