using Sitrep.Bench;

// `./sitrep bench <name> [options]` and `./sitrep train <name> [options]` land here.
var benches = new Dictionary<string, Func<BenchArgs, int>>
{
    ["extraction"] = Sitrep.Bench.Extraction.ExtractionBench.Run,
    ["ner"] = Sitrep.Bench.Ner.NerBench.Run,
    ["attribution"] = Sitrep.Bench.Attribution.AttributionBench.Run,
    ["analysis"] = Sitrep.Bench.Analysis.AnalysisBench.Run,
    ["places"] = Sitrep.Bench.Places.PlacesBench.Run,
    ["entities"] = Sitrep.Bench.Entities.EntitiesBench.Run,
};
var trainers = new Dictionary<string, Func<BenchArgs, int>>
{
    ["ner"] = Sitrep.Bench.Ner.NerTrainer.Run,
    ["attribution"] = Sitrep.Bench.Attribution.AttributionTrainer.Run,
};

bool help = args.Length >= 2 && args.Skip(1).Any(a => a is "-h" or "--help" or "-?");
if (args.Length < 2 || args[0] is not ("bench" or "train") || help)
{
    Console.Error.WriteLine($"""
        usage: sitrep bench <{string.Join('|', benches.Keys)}> [--dataset PATH] [--format text|json] [--check] [--limit N]
               sitrep train <{string.Join('|', trainers.Keys)}> [--dataset PATH] [--output PATH]
        """);
    return help ? 0 : 2;
}
var table = args[0] == "bench" ? benches : trainers;
if (!table.TryGetValue(args[1], out var run))
{
    Console.Error.WriteLine($"sitrep {args[0]}: unknown name '{args[1]}'; expected one of {string.Join(", ", table.Keys)}");
    return 2;
}
try
{
    return run(BenchArgs.Parse(args[2..]));
}
catch (BenchUsageException ex)
{
    Console.Error.WriteLine($"sitrep {args[0]} {args[1]}: {ex.Message}");
    return 2;
}
