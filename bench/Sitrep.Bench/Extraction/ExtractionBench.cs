using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Extract;
using Sitrep.Extract.Content;

namespace Sitrep.Bench.Extraction;

/// <summary>`sitrep bench extraction`: body precision/recall/F1 and metadata accuracy on extraction-dev for Sitrep's
/// extractor and the peer SmartReader (a Readability port) in the same run, then speed and memory for both.
/// Extra flags: --reps N (speed repetitions, default 3), --peer none (skip SmartReader), --speed false, --misses N,
/// --meta-misses title|date|author (lists every page where that field was wrong; for authors, "want (none)" marks a
/// page annotated as naming nobody).</summary>
public static class ExtractionBench
{
    public static int Run(BenchArgs args)
    {
        var folder = args.DatasetOr("data/extraction-dev");
        int reps = args.Extra.TryGetValue("reps", out var r) && int.TryParse(r, out var rn) && rn > 0 ? rn : 3;
        bool withPeer = !(args.Extra.TryGetValue("peer", out var p) && p == "none");
        bool withSpeed = !(args.Extra.TryGetValue("speed", out var s) && s == "false");
        int missesShown = args.Extra.TryGetValue("misses", out var m) && int.TryParse(m, out var mn) ? mn : 10;

        var pages = ExtractionPage.Load(folder, args.Limit);
        if (args.Extra.TryGetValue("show", out var show)) return Show(pages, show);
        double megabytes = pages.Sum(x => (double)x.ByteCount) / 1e6;
        var extractor = new ArticleExtractor(new ExtractOptions { DetectLanguage = false });
        var runners = new List<(string Name, Func<ExtractionPage, ExtractionOutput?> Run)> { ("sitrep", pg => RunSitrep(extractor, pg)) };
        if (withPeer) runners.Add(("smartreader", RunSmartReader));

        var report = new JsonObject { ["dataset"] = folder, ["pages"] = pages.Count, ["megabytes"] = Math.Round(megabytes, 2) };
        var scores = new Dictionary<string, ExtractionScore>();
        foreach (var (name, run) in runners)
        {
            var score = new ExtractionScore();
            foreach (var page in pages) score.Add(page, run(page));
            scores[name] = score;
            report[name] = Quality(score);
        }
        if (withSpeed) MeasureSpeed(report, pages, megabytes, runners, extractor, reps, withPeer);
        report["peak_working_set_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, 1);
        report["gc_heap_peak_mb"] = Math.Round(GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1e6, 1);
        // After the memory figures: decoding every page again would raise the peak.
        report["title_reachable"] = Math.Round(ExtractionScore.TitleReachable(pages), 4);

        if (args.Json) Console.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        else PrintText(report, scores["sitrep"], missesShown);
        // With --format json the list goes to stderr, so that stdout stays one JSON object.
        var missesOut = args.Json ? Console.Error : Console.Out;
        if (args.Extra.TryGetValue("meta-misses", out var field))
            foreach (var miss in scores["sitrep"].MetaMisses.Where(x => x.Field == field))
                missesOut.WriteLine($"{miss.Id}\n    want {miss.Expected}\n    got  {miss.Actual ?? "(none)"}");
        return args.Check ? CheckFloors(report) : 0;
    }

    /// <summary>Speed of every runner, single-threaded and on all cores. Repetitions are interleaved (one pass of each
    /// runner per round) so that load from other processes falls on all of them alike; medians are reported.</summary>
    private static void MeasureSpeed(JsonObject report, List<ExtractionPage> pages, double megabytes,
        List<(string Name, Func<ExtractionPage, ExtractionOutput?> Run)> runners, ArticleExtractor extractor, int reps, bool withPeer)
    {
        var all = new List<(string Name, Func<ExtractionPage, ExtractionOutput?> Run)>(runners)
        {
            // AngleSharp parsing alone: the part of Sitrep's time its own passes cannot reduce.
            ("parse-only", pg => { PageParser.Parse(pg.Html, extractor.Options); return null; }),
        };
        var single = all.ToDictionary(r => r.Name, _ => new List<(double Seconds, long Allocated)>());
        var parallel = all.ToDictionary(r => r.Name, _ => new List<double>());
        for (int round = 0; round < reps; round++)
            foreach (var (name, run) in all)
            {
                single[name].Add(TimeSingle(pages, run));
                parallel[name].Add(TimeParallel(pages, run));
            }
        foreach (var (name, _) in runners)
        {
            var speed = (JsonObject)report[name]!;
            var (seconds, allocated) = Median(single[name]);
            double par = Median(parallel[name].Select(x => (x, 0L)).ToList()).Seconds;
            speed["single_pages_per_s"] = Math.Round(pages.Count / seconds, 1);
            speed["single_mb_per_s"] = Math.Round(megabytes / seconds, 2);
            speed["parallel_pages_per_s"] = Math.Round(pages.Count / par, 1);
            speed["parallel_mb_per_s"] = Math.Round(megabytes / par, 2);
            speed["allocated_mb_per_page"] = Math.Round(allocated / 1e6 / pages.Count, 2);
        }
        report["sitrep"]!["parse_share"] = Math.Round(Median(single["parse-only"]).Seconds / Median(single["sitrep"]).Seconds, 3);
        if (withPeer)
            report["speedup_single"] = Math.Round((double)report["sitrep"]!["single_pages_per_s"]! / (double)report["smartreader"]!["single_pages_per_s"]!, 2);
        report["cores"] = Environment.ProcessorCount;
        report["repetitions"] = reps;
    }

    private static ExtractionOutput? RunSitrep(ArticleExtractor extractor, ExtractionPage page)
    {
        var result = extractor.ExtractHtml(page.Html, page.Id, page.Url);
        if (result.Document is not { } doc) return null;
        return new ExtractionOutput(doc.Text, doc.Meta.Title, doc.Meta.Authors, doc.Meta.Published?.ToString("yyyy-MM-dd"));
    }

    private static ExtractionOutput? RunSmartReader(ExtractionPage page)
    {
        try
        {
            var article = new SmartReader.Reader(page.Url ?? "https://example.org/", page.Html).GetArticle();
            var authors = string.IsNullOrWhiteSpace(article.Author) ? [] : new[] { article.Author };
            return new ExtractionOutput(article.TextContent, article.Title, authors, article.PublicationDate?.ToString("yyyy-MM-dd"));
        }
        catch (Exception)
        {
            return null; // scored as an empty output: every `with` segment missed
        }
    }

    private static JsonObject Quality(ExtractionScore s) => new()
    {
        ["precision"] = Math.Round(s.Precision, 4), ["recall"] = Math.Round(s.Recall, 4), ["f1"] = Math.Round(s.F1, 4),
        ["accuracy"] = Math.Round(s.Accuracy, 4), ["tp"] = s.TP, ["fp"] = s.FP, ["fn"] = s.FN, ["tn"] = s.TN,
        ["title_accuracy"] = Math.Round(s.TitleAccuracy, 4), ["author_accuracy"] = Math.Round(s.AuthorAccuracy, 4),
        ["no_author_accuracy"] = Math.Round(s.NoAuthorAccuracy, 4), ["date_accuracy"] = Math.Round(s.DateAccuracy, 4),
    };

    /// <summary>Each timed pass starts from a collected heap, so one runner's garbage is not collected on another's
    /// clock (the way BenchmarkDotNet isolates its iterations).</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static (double Seconds, long Allocated) TimeSingle(List<ExtractionPage> pages, Func<ExtractionPage, ExtractionOutput?> run)
    {
        Settle();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        foreach (var page in pages) run(page);
        return (sw.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static double TimeParallel(List<ExtractionPage> pages, Func<ExtractionPage, ExtractionOutput?> run)
    {
        Settle();
        var sw = Stopwatch.StartNew();
        Parallel.ForEach(pages, page => run(page));
        return sw.Elapsed.TotalSeconds;
    }

    private static (double Seconds, long Allocated) Median(List<(double Seconds, long Allocated)> runs)
    {
        runs.Sort((a, b) => a.Seconds.CompareTo(b.Seconds));
        return runs[runs.Count / 2];
    }

    private static void PrintText(JsonObject report, ExtractionScore sitrep, int missesShown)
    {
        Console.WriteLine($"extraction bench: {report["pages"]} pages, {report["megabytes"]} MB of HTML ({report["dataset"]})");
        string[] keys = ["precision", "recall", "f1", "accuracy", "title_accuracy", "author_accuracy", "no_author_accuracy",
            "date_accuracy", "single_pages_per_s", "single_mb_per_s", "parallel_pages_per_s", "parallel_mb_per_s", "allocated_mb_per_page", "parse_share"];
        Console.WriteLine($"{"",-22}{"sitrep",12}{"smartreader",14}");
        foreach (var key in keys)
        {
            if (report["sitrep"]![key] is null) continue;
            Console.WriteLine($"{key,-22}{report["sitrep"]![key],12}{report["smartreader"]?[key]?.ToString() ?? "-",14}");
        }
        foreach (var key in new[] { "title_reachable", "speedup_single", "cores", "repetitions", "peak_working_set_mb", "gc_heap_peak_mb" })
            if (report[key] is not null) Console.WriteLine($"{key,-22}{report[key],12}");
        if (missesShown <= 0) return;
        Console.WriteLine($"\npages with the most misses (sitrep):");
        foreach (var (id, misses, missed, found) in sitrep.PerPage.OrderByDescending(x => x.Misses).ThenBy(x => x.Id).Take(missesShown))
        {
            Console.WriteLine($"  {id}: {misses}");
            foreach (var w in missed) Console.WriteLine($"    missing  {Clip(w)}");
            foreach (var w in found) Console.WriteLine($"    unwanted {Clip(w)}");
        }
    }

    /// <summary>--show ID: prints Sitrep's text and verdict for one page, to see why segments were missed.</summary>
    private static int Show(List<ExtractionPage> pages, string id)
    {
        var page = pages.Find(x => x.Id == id);
        if (page is null) throw new BenchUsageException($"no page '{id}' in the dataset");
        var result = new ArticleExtractor(new ExtractOptions { DetectLanguage = false }).ExtractHtml(page.Html, page.Id, page.Url);
        Console.WriteLine($"article: {result.IsArticle} {result.NotArticleReason}");
        Console.WriteLine($"removed: {string.Join(", ", result.Removed.Select(kv => $"{kv.Key}={kv.Value}"))}");
        Console.WriteLine(result.Document?.Text);
        var model = Sitrep.Extract.Content.PageWalker.Walk(PageParser.Parse(page.Html, new ExtractOptions()).Body!, new ExtractOptions(), Stopwatch.StartNew(), default, debug: true);
        Console.WriteLine("---");
        Console.WriteLine(Sitrep.Extract.Content.ContentSelector.Explain(model, Sitrep.Extract.Content.ContentSelector.Select(model)));
        return 0;
    }

    private static string Clip(string s) => s.Length <= 100 ? s : s[..100] + "…";

    /// <summary>Compares Sitrep's figures with bench/floors.json ("extraction" section); 1 when any is below its floor.</summary>
    private static int CheckFloors(JsonObject report)
    {
        var path = FindFloors();
        if (path is null) { Console.Error.WriteLine("--check: bench/floors.json not found"); return 2; }
        var floors = JsonNode.Parse(File.ReadAllText(path))?["extraction"]?.AsObject();
        if (floors is null) { Console.Error.WriteLine($"--check: no \"extraction\" section in {path}"); return 2; }
        int failed = 0;
        foreach (var (key, floor) in floors)
        {
            if (key.StartsWith('_')) continue;
            var node = key == "speedup_single" ? report[key] : report["sitrep"]?[key];
            if (node is null) { Console.Error.WriteLine($"--check: {key} was not measured in this run"); continue; }
            double actual = (double)node, min = (double)floor!;
            bool ok = actual >= min;
            if (!ok) failed++;
            Console.Error.WriteLine($"{(ok ? "ok  " : "FAIL")} {key} = {actual} (floor {min})");
        }
        return failed > 0 ? 1 : 0;
    }

    private static string? FindFloors()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "floors.json");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
