using System.Diagnostics;
using System.Text.Json;
using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Ner;

/// <summary><c>./sitrep bench ner</c>: conlleval-style exact-match precision, recall and F1 (overall and per type)
/// plus token accuracy on CoNLL-2003 valid (or --dataset), for the shipped model (or --model PATH) beside the
/// classic baseline (each word's most frequent tag in train, from --train PATH); speed in tokens per second on one
/// thread and on all cores (median of --runs N, default 5), and model load time.</summary>
public static class NerBench
{
    public static int Run(BenchArgs args)
    {
        var dataset = args.DatasetOr("data/ner/conll2003/valid.txt");
        var gold = ConllReader.Read(dataset, args.Limit);
        int runs = args.Extra.TryGetValue("runs", out var r) && int.TryParse(r, out int rn) && rn > 0 ? rn : 5;

        var loadClock = Stopwatch.StartNew();
        NerModel model;
        if (args.Extra.TryGetValue("model", out var modelPath))
        {
            using var file = File.OpenRead(modelPath);
            model = NerModel.Load(file);
        }
        else model = NerModel.Default;
        double loadSeconds = loadClock.Elapsed.TotalSeconds;

        var prepared = PrepareDocuments(gold);
        var predicted = new int[gold.Count][];
        foreach (var d in prepared)
        {
            var tags = new int[d.Spans.Length];
            model.TagDocument(d.Text, d.Spans, d.Starts, tags, new float[tags.Length]);
            for (int k = 0; k + 1 < d.Starts.Length; k++) predicted[d.FirstSentence + k] = tags[d.Starts[k]..d.Starts[k + 1]];
        }
        var modelScore = Score(gold, predicted);

        if (args.Extra.ContainsKey("calibrate")) Calibrate(model, gold, prepared);

        var trainPath = args.Extra.TryGetValue("train", out var tp) ? Path.GetFullPath(tp) : Path.Combine(Path.GetDirectoryName(dataset)!, "train.txt");
        Scores? baselineScore = null;
        if (File.Exists(trainPath))
        {
            var baseline = MostFrequentTagBaseline.Train(ConllReader.Read(trainPath));
            baselineScore = Score(gold, gold.Select(s => baseline.Tag(s.Words)).ToArray());
        }

        long tokenCount = prepared.Sum(d => (long)d.Spans.Length);
        var single = new List<double>();
        var parallel = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var d in prepared) model.TagDocument(d.Text, d.Spans, d.Starts, d.Tags, d.Confidence);
            single.Add(tokenCount / clock.Elapsed.TotalSeconds);
            clock.Restart();
            Parallel.ForEach(prepared, d => model.TagDocument(d.Text, d.Spans, d.Starts, new int[d.Spans.Length], new float[d.Spans.Length]));
            parallel.Add(tokenCount / clock.Elapsed.TotalSeconds);
        }
        double singleMedian = Median(single), parallelMedian = Median(parallel);

        // The whole analysis path on raw text (tokenizer, sentence splitter, recognizer), one thread.
        var pipeline = new PipelineBuilder().UseEntityRecognizer(model: model).Build();
        var rawTexts = prepared.Select(d => RawText(gold, d)).ToArray();
        var pipelineRuns = new List<double>();
        for (int run = 0; run < runs; run++)
        {
            long pipelineTokens = 0;
            var clock = Stopwatch.StartNew();
            foreach (var text in rawTexts) pipelineTokens += pipeline.Process(new Document(text)).Get(Layers.Tokens).Count;
            pipelineRuns.Add(pipelineTokens / clock.Elapsed.TotalSeconds);
        }
        double pipelineMedian = Median(pipelineRuns);

        if (args.Json)
        {
            var result = new Dictionary<string, object?>
            {
                ["dataset"] = dataset,
                ["sentences"] = gold.Count,
                ["tokens"] = tokenCount,
                ["model"] = modelScore.ToJson(),
                ["baseline_most_frequent_tag"] = baselineScore?.ToJson(),
                ["tokens_per_second_one_thread"] = Math.Round(singleMedian),
                ["tokens_per_second_all_cores"] = Math.Round(parallelMedian),
                ["tokens_per_second_pipeline_one_thread"] = Math.Round(pipelineMedian),
                ["cores"] = Environment.ProcessorCount,
                ["model_load_seconds"] = Math.Round(loadSeconds, 3),
                ["model_features"] = model.FeatureCount,
            };
            Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            Console.WriteLine($"NER on {dataset}: {gold.Count:N0} sentences, {tokenCount:N0} tokens");
            Console.WriteLine($"{"",-22} {"P",6} {"R",6} {"F1",6}   {"gold",6} {"pred",6}");
            Print("model", modelScore);
            if (baselineScore is not null) Print("baseline (most freq.)", baselineScore);
            Console.WriteLine($"speed: {singleMedian:N0} tokens/s on one thread, {parallelMedian:N0} tokens/s on {Environment.ProcessorCount} cores (median of {runs}); model load {loadSeconds * 1000:F0} ms, {model.FeatureCount:N0} features");
            Console.WriteLine($"pipeline from raw text (tokenize, split, recognize): {pipelineMedian:N0} tokens/s on one thread");
        }
        if (args.Check && modelScore.Overall.F1 < 0.90)
        {
            Console.Error.WriteLine($"bench ner: F1 {modelScore.Overall.F1 * 100:F2} is below the floor of 90");
            return 1;
        }
        return 0;
    }

    /// <summary>Expected calibration error (10 bins) of mention confidences for several temperatures.</summary>
    private static void Calibrate(NerModel model, List<NerTrainingSentence> gold, PreparedDocument[] prepared)
    {
        var goldEntities = new List<(int, int, EntityType)>();
        var found = new List<(int Start, int Length, EntityType Type)>();
        foreach (float temperature in (float[])[1, 2, 4, 6, 8, 12, 16, 24, 32])
        {
            var m = model.WithTemperature(temperature);
            var bins = new (double Conf, int Correct, int Count)[10];
            foreach (var d in prepared)
            {
                m.TagDocument(d.Text, d.Spans, d.Starts, d.Tags, d.Confidence);
                for (int k = 0; k + 1 < d.Starts.Length; k++)
                {
                    int from = d.Starts[k], to = d.Starts[k + 1];
                    goldEntities.Clear();
                    NerTags.Decode(NerModelTrainer.ToBilou(gold[d.FirstSentence + k].Tags), goldEntities);
                    found.Clear();
                    NerTags.Decode(d.Tags.AsSpan(from, to - from), found);
                    foreach (var e in found)
                    {
                        double c = 0;
                        for (int i = from + e.Start; i < from + e.Start + e.Length; i++) c += d.Confidence[i];
                        c /= e.Length;
                        int b = Math.Min(9, (int)(c * 10));
                        bins[b] = (bins[b].Conf + c, bins[b].Correct + (goldEntities.Contains(e) ? 1 : 0), bins[b].Count + 1);
                    }
                }
            }
            int total = bins.Sum(b => b.Count);
            double ece = bins.Where(b => b.Count > 0).Sum(b => b.Count * Math.Abs(b.Conf / b.Count - (double)b.Correct / b.Count)) / total;
            Console.WriteLine($"temperature {temperature,3}: ECE {ece:F4}; bins (count, mean confidence, accuracy): " +
                string.Join(" ", bins.Select((b, i) => b.Count == 0 ? "" : $"[{i}: {b.Count} {b.Conf / b.Count:F2} {(double)b.Correct / b.Count:F2}]")));
        }
    }

    private static void Print(string name, Scores s)
    {
        Console.WriteLine($"{name,-22} {s.Overall.P * 100,6:F2} {s.Overall.R * 100,6:F2} {s.Overall.F1 * 100,6:F2}   {s.Overall.Gold,6} {s.Overall.Predicted,6}   token acc {s.TokenAccuracy * 100:F2}");
        foreach (var (type, c) in s.PerType)
            Console.WriteLine($"  {type,-20} {c.P * 100,6:F2} {c.R * 100,6:F2} {c.F1 * 100,6:F2}   {c.Gold,6} {c.Predicted,6}");
    }

    /// <summary>A document as raw text: tokens joined by spaces, one sentence per line, blank line between.</summary>
    private static string RawText(List<NerTrainingSentence> gold, PreparedDocument d)
    {
        var sb = new System.Text.StringBuilder();
        for (int k = 0; k + 1 < d.Starts.Length; k++) sb.AppendJoin(' ', gold[d.FirstSentence + k].Words).Append("\n\n");
        return sb.ToString();
    }

    private sealed record PreparedDocument(int FirstSentence, string Text, TextSpan[] Spans, int[] Starts, int[] Tags, float[] Confidence);

    /// <summary>Each CoNLL document as one text (tokens joined by spaces) with its sentence starts, as the
    /// recognizer sees an article.</summary>
    private static PreparedDocument[] PrepareDocuments(List<NerTrainingSentence> sentences)
    {
        var result = new List<PreparedDocument>();
        int start = 0;
        while (start < sentences.Count)
        {
            int end = start;
            var words = new List<string>();
            var starts = new List<int> { 0 };
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document)
            {
                words.AddRange(sentences[end++].Words);
                starts.Add(words.Count);
            }
            var spans = new TextSpan[words.Count];
            var text = NerModelTrainer.Join([.. words], spans);
            result.Add(new PreparedDocument(start, text, spans, [.. starts], new int[spans.Length], new float[spans.Length]));
            start = end;
        }
        return [.. result];
    }

    private static double Median(List<double> xs)
    {
        var sorted = xs.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static Scores Score(List<NerTrainingSentence> gold, int[][] predicted)
    {
        var counts = new Dictionary<string, Counts>();
        foreach (EntityType t in Enum.GetValues<EntityType>()) counts[NerTags.ShortName(t)] = new Counts();
        var overall = new Counts();
        long correctTokens = 0, tokens = 0;
        var g = new List<(int, int, EntityType)>();
        var p = new List<(int, int, EntityType)>();
        for (int i = 0; i < gold.Count; i++)
        {
            var goldTags = NerModelTrainer.ToBilou(gold[i].Tags);
            g.Clear(); p.Clear();
            NerTags.Decode(goldTags, g);
            NerTags.Decode(predicted[i], p);
            for (int k = 0; k < goldTags.Length; k++)
            {
                tokens++;
                // Token accuracy compares IOB-level labels (type and inside/outside), as conlleval does.
                if (SameIob(goldTags, predicted[i], k)) correctTokens++;
            }
            var goldSet = g.ToHashSet();
            foreach (var e in g) { overall.Gold++; counts[NerTags.ShortName(e.Item3)].Gold++; }
            foreach (var e in p)
            {
                overall.Predicted++;
                counts[NerTags.ShortName(e.Item3)].Predicted++;
                if (goldSet.Contains(e)) { overall.Correct++; counts[NerTags.ShortName(e.Item3)].Correct++; }
            }
        }
        return new Scores(overall, counts, (double)correctTokens / Math.Max(1, tokens));
    }

    private static bool SameIob(int[] gold, int[] pred, int k)
    {
        static (int Type, bool Begin) Iob(int[] tags, int k)
        {
            int t = tags[k];
            if (t == NerTags.Outside) return (-1, false);
            int part = NerTags.PartOf(t);
            return ((int)NerTags.TypeOf(t), part is 0 or 3);
        }
        return Iob(gold, k) == Iob(pred, k);
    }
}
