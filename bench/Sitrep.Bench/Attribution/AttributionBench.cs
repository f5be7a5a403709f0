using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Analyze.Entities.Resolution;
using Sitrep.Analyze.Quotes;
using Sitrep.Core;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench.Attribution;

/// <summary>`./sitrep bench attribution`: runs the attribution pipeline on every PolNeAR article and scores it as the
/// dataset README suggests, beside the quote-only baseline. Extra options: `--min-cue-precision X` (override the
/// attributor's threshold), `--dump PATH` (misses and false alarms per article, for error analysis).</summary>
public static class AttributionBench
{
    // Bars set by the project brief for polnear/dev; `--check` fails below them.
    private const double ContentOverlapF1Floor = 0.70;
    private const double SourceCorrectFloor = 0.85;

    public static int Run(BenchArgs args)
    {
        var folder = args.DatasetOr("data/attribution/polnear/dev");
        var articles = PolnearCorpus.Load(folder, args.Limit);
        var options = new QuoteAttributorOptions();
        if (args.Extra.TryGetValue("min-cue-precision", out var mcp)) options.MinCuePrecision = double.Parse(mcp, CultureInfo.InvariantCulture);
        // The real analysis pipeline: tokenizer, sentence splitter, NER (mentions feed the source linking), attribution.
        var builder = new PipelineBuilder();
        if (!args.Extra.ContainsKey("no-ner")) builder.UseEntityRecognizer().UseEntityResolver();
        var pipeline = builder.UseQuoteAttributor(options).Build();
        if (args.Extra.TryGetValue("explain", out var explainText)) return Explain(pipeline, explainText);
        var rules = new AttributionScorer();
        var baseline = new AttributionScorer();
        var millis = new List<double>(articles.Count);
        int problems = 0, predictedCount = 0, linked = 0, pronouns = 0, anonymous = 0;
        var contentPerArticle = new List<(int, int, int)>(articles.Count);
        var sourcePerArticle = new List<(int, int)>(articles.Count);
        using var dump = args.Extra.TryGetValue("dump", out var dumpPath) ? new StreamWriter(dumpPath) : null;
        foreach (var article in articles)
        {
            var gold = article.Gold.Select(g => new ScoredAttribution(SpanSet.Of(article.Text, g.Content), SpanSet.Of(article.Text, g.Cue), SpanSet.Of(article.Text, g.Source))).ToList();
            var watch = Stopwatch.StartNew();
            var doc = pipeline.Process(new Document(article.Text, new DocumentMeta { Source = article.Name }));
            millis.Add(watch.Elapsed.TotalMilliseconds);
            problems += doc.Problems.Count;
            foreach (var a in doc.Get(Layers.Attributions))
            {
                predictedCount++;
                if (a.SourceEntity is not null) linked++;
                if (a.PronounResolved) pronouns++;
                if (a.Anonymous) anonymous++;
            }
            var predicted = doc.Get(Layers.Attributions).Items.Select(a => new ScoredAttribution(
                SpanSet.Of(article.Text, a.Content.Select(c => (c.Start, c.End))),
                a.Cue is { } cue ? SpanSet.Of(article.Text, [(cue.Start, cue.End)]) : SpanSet.Empty,
                a.Source is { } s ? SpanSet.Of(article.Text, [(s.Start, s.End)]) : SpanSet.Empty)).ToList();
            var (m0, p0, g0, f0, c0) = (rules.ContentOverlap.Matched, rules.ContentOverlap.Predicted, rules.ContentOverlap.Gold, rules.ContentFound, rules.SourceCorrectGivenContent);
            rules.Add(gold, predicted);
            contentPerArticle.Add((rules.ContentOverlap.Matched - m0, rules.ContentOverlap.Predicted - p0, rules.ContentOverlap.Gold - g0));
            sourcePerArticle.Add((rules.SourceCorrectGivenContent - c0, rules.ContentFound - f0));
            baseline.Add(gold, QuoteOnlyBaseline.Predict(article.Text));
            if (dump is not null) Dump(dump, article, gold, predicted);
        }
        millis.Sort();
        double median = millis.Count == 0 ? 0 : millis[millis.Count / 2];
        var contentInterval = BootstrapInterval.F1(contentPerArticle);
        var sourceInterval = BootstrapInterval.Rate(sourcePerArticle);
        var linking = new JsonObject { ["attributions"] = predictedCount, ["source_entity"] = linked, ["pronoun_resolved"] = pronouns, ["anonymous"] = anonymous };
        if (args.Json)
        {
            var json = ToJson(folder, articles.Count, median, problems, rules, baseline);
            json["linking"] = linking;
            json["bootstrap_95"] = new JsonObject
            {
                ["content_overlap_f1"] = new JsonArray(contentInterval.Low, contentInterval.High),
                ["source_correct_given_content"] = new JsonArray(sourceInterval.Low, sourceInterval.High),
            };
            Console.WriteLine(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            PrintText(folder, articles.Count, median, problems, rules, baseline);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"95% bootstrap over articles: content overlap F1 [{contentInterval.Low:F3}, {contentInterval.High:F3}], source correct [{sourceInterval.Low:F3}, {sourceInterval.High:F3}]"));
            Console.WriteLine($"linking: {predictedCount} attributions, {linked} with a source entity ({pronouns} through a pronoun), {anonymous} anonymous");
        }
        if (args.Check && (rules.ContentOverlap.F1 < ContentOverlapF1Floor || rules.SourceCorrectRate < SourceCorrectFloor))
        {
            Console.Error.WriteLine($"attribution: below floor (content overlap F1 {rules.ContentOverlap.F1:F3} < {ContentOverlapF1Floor} or source correct {rules.SourceCorrectRate:F3} < {SourceCorrectFloor})");
            return 1;
        }
        return 0;
    }

    /// <summary>`--explain "text"`: prints what the pipeline attributes in one text, for debugging rules.</summary>
    private static int Explain(Sitrep.Core.Pipeline.Pipeline pipeline, string text)
    {
        var doc = pipeline.Process(new Document(text));
        foreach (var s in doc.Get(Layers.Sentences)) Console.WriteLine($"sentence: {doc.TextOf(s.Span)}");
        foreach (var a in doc.Get(Layers.Attributions))
            Console.WriteLine($"{a.Kind} [{(a.Source is { } s ? doc.TextOf(s) : "-")}] <{(a.Cue is { } c ? doc.TextOf(c) : "-")}> {string.Join(" | ", a.Content.Select(doc.TextOf))}{(a.Anonymous ? " (anonymous)" : "")}");
        foreach (var p in doc.Problems) Console.WriteLine(p);
        return 0;
    }

    private static IEnumerable<(string Name, PrfCount Count)> Rows(AttributionScorer s) =>
    [
        ("content exact", s.ContentExact), ("content overlap", s.ContentOverlap),
        ("source exact", s.SourceExact), ("source overlap", s.SourceOverlap),
        ("cue exact", s.CueExact), ("cue overlap", s.CueOverlap),
        ("triple exact", s.TripleExact), ("triple partial", s.TriplePartial),
    ];

    private static void PrintText(string folder, int articles, double median, int problems, AttributionScorer rules, AttributionScorer baseline)
    {
        Console.WriteLine($"attribution bench: {folder} ({articles} articles, {rules.ContentExact.Gold} gold attributions)");
        Console.WriteLine($"{"",-18} {"rules P",8} {"R",6} {"F1",6}   {"quote-only P",12} {"R",6} {"F1",6}");
        foreach (var ((name, r), (_, b)) in Rows(rules).Zip(Rows(baseline)))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-18} {r.Precision,8:F3} {r.Recall,6:F3} {r.F1,6:F3}   {b.Precision,12:F3} {b.Recall,6:F3} {b.F1,6:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"source correct where content found: rules {rules.SourceCorrectRate:F3} ({rules.SourceCorrectGivenContent}/{rules.ContentFound}), quote-only {baseline.SourceCorrectRate:F3} ({baseline.SourceCorrectGivenContent}/{baseline.ContentFound})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median time per article (tokens, sentences, NER, entities, attribution): {median:F2} ms; problems: {problems}"));
    }

    private static JsonObject ToJson(string folder, int articles, double median, int problems, AttributionScorer rules, AttributionScorer baseline)
    {
        static JsonObject Scores(AttributionScorer s)
        {
            var o = new JsonObject();
            foreach (var (name, c) in Rows(s))
                o[name.Replace(' ', '_')] = new JsonObject { ["precision"] = c.Precision, ["recall"] = c.Recall, ["f1"] = c.F1, ["matched"] = c.Matched, ["predicted"] = c.Predicted, ["gold"] = c.Gold };
            o["source_correct_given_content"] = s.SourceCorrectRate;
            o["content_found"] = s.ContentFound;
            return o;
        }
        return new JsonObject
        {
            ["dataset"] = folder,
            ["articles"] = articles,
            ["median_ms_per_article"] = median,
            ["problems"] = problems,
            ["rules"] = Scores(rules),
            ["quote_only_baseline"] = Scores(baseline),
        };
    }

    private static void Dump(StreamWriter w, PolnearArticle article, List<ScoredAttribution> gold, List<ScoredAttribution> predicted)
    {
        string Show(SpanSet s) => s.IsEmpty ? "-" : string.Join(" | ", s.Parts.Select(p => article.Text[p.Start..p.End].ReplaceLineEndings(" ")));
        var pairs = AttributionScorer.Match(gold, predicted, static (g, p) => g.Content.Overlap(p.Content) > 0, static (g, p) => g.Content.Overlap(p.Content));
        w.WriteLine($"## {article.Name}");
        foreach (var g in gold)
        {
            var p = pairs.FirstOrDefault(x => ReferenceEquals(x.Gold, g)).Predicted;
            if (p is null) w.WriteLine($"MISS  [{Show(g.Source)}] <{Show(g.Cue)}> {Show(g.Content)}");
            else if (!(g.Source.IsEmpty ? p.Source.IsEmpty : g.Source.Overlap(p.Source) > 0)) w.WriteLine($"SRC   gold [{Show(g.Source)}] pred [{Show(p.Source)}] <{Show(p.Cue)}> {Show(g.Content)}");
        }
        foreach (var p in predicted)
            if (!pairs.Exists(x => ReferenceEquals(x.Predicted, p))) w.WriteLine($"FALSE [{Show(p.Source)}] <{Show(p.Cue)}> {Show(p.Content)}");
    }
}
