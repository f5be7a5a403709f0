using System.Diagnostics;
using System.Text.Json;
using Sitrep.Analyze;
using Sitrep.Core;
using Sitrep.Core.Pipeline;
using Sitrep.Extract;

namespace Sitrep.Bench.Analysis;

/// <summary>Speed of the full analysis on the extraction dev set's article texts: articles/s and tokens/s on one thread
/// and on all cores (median of repeated runs), plus the share of time each component takes.</summary>
public static class AnalysisBench
{
    public static int Run(BenchArgs args)
    {
        var dataset = args.DatasetOr("data/extraction-dev");
        int repeats = args.Extra.TryGetValue("repeats", out var r) && int.TryParse(r, out var rn) && rn > 0 ? rn : 3;
        var extractor = new ArticleExtractor();
        var texts = new List<(string Text, DocumentMeta Meta)>();
        foreach (var page in Sitrep.Bench.Extraction.ExtractionPage.Load(dataset, args.Limit))
        {
            var result = extractor.ExtractHtml(page.Html, page.Id, page.Url);
            if (result.Document is { } d && result.IsArticle && d.Text.Length > 0) texts.Add((d.Text, d.Meta));
        }
        if (texts.Count == 0) throw new BenchUsageException($"no article texts extracted from {dataset}");

        var loadWatch = Stopwatch.StartNew();
        var pipeline = AnalysisPipeline.Default;
        pipeline.Process(new Document("Warm-up: Gen. Moussa Salaou Barmou met officials in Niamey on Monday, they said.", new DocumentMeta { Language = "en", Published = DateTimeOffset.UtcNow }));
        double loadSeconds = loadWatch.Elapsed.TotalSeconds;

        long tokens = 0;
        var perComponent = new double[pipeline.Components.Count];
        foreach (var (text, meta) in texts)
        {
            var doc = new Document(text, meta);
            for (int i = 0; i < pipeline.Components.Count; i++)
            {
                var sw = Stopwatch.StartNew();
                SingleComponent(pipeline.Components[i], doc);
                perComponent[i] += sw.Elapsed.TotalSeconds;
            }
            tokens += doc.Get(Layers.Tokens).Count;
        }

        var (s1, sN) = Time(pipeline, texts, repeats);
        var english = texts.Where(t => t.Meta.Language == "en").ToList();
        long englishTokens = english.Sum(t => (long)Sitrep.Analyze.Tokens.Tokenizer.Tokenize(t.Text).Count);
        var (e1, eN) = english.Count > 0 ? Time(pipeline, english, repeats) : (double.NaN, double.NaN);
        var figures = new Dictionary<string, object>
        {
            ["dataset"] = dataset,
            ["articles"] = texts.Count,
            ["tokens"] = tokens,
            ["english_articles"] = english.Count,
            ["english_tokens"] = englishTokens,
            ["english_single_thread_articles_per_s"] = Math.Round(english.Count / e1, 1),
            ["english_single_thread_tokens_per_s"] = Math.Round(englishTokens / e1),
            ["english_all_cores_articles_per_s"] = Math.Round(english.Count / eN, 1),
            ["load_seconds"] = Math.Round(loadSeconds, 3),
            ["single_thread_articles_per_s"] = Math.Round(texts.Count / s1, 1),
            ["single_thread_tokens_per_s"] = Math.Round(tokens / s1),
            ["all_cores_articles_per_s"] = Math.Round(texts.Count / sN, 1),
            ["all_cores_tokens_per_s"] = Math.Round(tokens / sN),
            ["cores"] = Environment.ProcessorCount,
            ["repeats"] = repeats,
            ["component_seconds"] = pipeline.Components.Select((c, i) => (c.Name, Math.Round(perComponent[i], 3))).ToDictionary(x => x.Name, x => (object)x.Item2),
        };
        if (args.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }
        Console.WriteLine($"analysis bench on {texts.Count} article texts ({tokens:N0} tokens; {english.Count} detected as English; the others skip the English-only layers) from {dataset}");
        Console.WriteLine($"  model and lexicon load: {loadSeconds:0.00} s");
        Console.WriteLine($"  one thread : {texts.Count / s1,8:0.0} articles/s  {tokens / s1,10:N0} tokens/s   (median of {repeats})");
        Console.WriteLine($"  {Environment.ProcessorCount} cores    : {texts.Count / sN,8:0.0} articles/s  {tokens / sN,10:N0} tokens/s");
        Console.WriteLine($"English articles only ({english.Count}, {englishTokens:N0} tokens; every layer runs):");
        Console.WriteLine($"  one thread : {english.Count / e1,8:0.0} articles/s  {englishTokens / e1,10:N0} tokens/s");
        Console.WriteLine($"  {Environment.ProcessorCount} cores    : {english.Count / eN,8:0.0} articles/s  {englishTokens / eN,10:N0} tokens/s");
        Console.WriteLine("  time per component (one pass, one thread):");
        for (int i = 0; i < pipeline.Components.Count; i++)
            Console.WriteLine($"    {pipeline.Components[i].Name,-24} {perComponent[i],7:0.000} s  {perComponent[i] * 1000 / texts.Count,7:0.00} ms/article");
        return 0;
    }

    /// <summary>Median seconds for one pass over <paramref name="texts"/> on one thread and on all cores.</summary>
    private static (double Single, double Parallel) Time(Pipeline pipeline, List<(string Text, DocumentMeta Meta)> texts, int repeats)
    {
        var single = new List<double>();
        var parallel = new List<double>();
        for (int rep = 0; rep < repeats; rep++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var (text, meta) in texts) pipeline.Process(new Document(text, meta));
            single.Add(sw.Elapsed.TotalSeconds);
            sw.Restart();
            Parallel.ForEach(texts, t => pipeline.Process(new Document(t.Text, t.Meta)));
            parallel.Add(sw.Elapsed.TotalSeconds);
        }
        return (Median(single), Median(parallel));
    }

    private static void SingleComponent(IComponent c, Document doc)
    {
        if (c.Requires.Any(k => !doc.Has(k))) return;
        if (c is ILanguageSpecific ls && doc.Meta.Language is { } lang && !ls.Languages.Contains(lang)) return;
        c.Process(doc, CancellationToken.None);
    }

    internal static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }
}
