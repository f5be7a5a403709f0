using System.Diagnostics;
using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Analyze.Sentences;
using Sitrep.Analyze.Tokens;
using Sitrep.Core.Annotations;

namespace Sitrep.Bench.Ner;

/// <summary><c>./sitrep train ner</c>: trains the NER model from CoNLL-2003 train plus unlabeled news text (for word
/// clusters and casing statistics) and writes it where the Analyze project embeds it.
/// Options: --dataset PATH (default shared data/ner/conll2003/train.txt), --output PATH, --unlabeled DIR (default
/// shared data/attribution/polnear/train/text; "none" to skip), --epochs N, --seed N, --clusters N, --coarse N,
/// --cluster-iterations N, --min-feature-count N.</summary>
public static class NerTrainer
{
    public static int Run(BenchArgs args)
    {
        var dataset = args.DatasetOr("data/ner/conll2003/train.txt");
        var output = args.Output ?? DefaultOutput();
        var defaults = new NerTrainingOptions();
        var options = new NerTrainingOptions
        {
            Epochs = Int(args, "epochs", defaults.Epochs),
            Seed = Int(args, "seed", defaults.Seed),
            FineClusters = Int(args, "clusters", defaults.FineClusters),
            CoarseClusters = Int(args, "coarse", defaults.CoarseClusters),
            ClusterIterations = Int(args, "cluster-iterations", defaults.ClusterIterations),
            MinFeatureCount = Int(args, "min-feature-count", defaults.MinFeatureCount),
            Log = msg => Console.Error.WriteLine($"train ner: {msg}"),
        };
        var clock = Stopwatch.StartNew();
        var sentences = ConllReader.Read(dataset, args.Limit);
        var unlabeled = ReadUnlabeled(args);
        Console.Error.WriteLine($"train ner: {sentences.Count:N0} labelled sentences from {dataset}, {unlabeled.Count:N0} unlabeled sentences");
        var model = NerModelTrainer.Train(sentences, unlabeled, options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output)) model.Save(file);
        Console.WriteLine($"wrote {output}: {new FileInfo(output).Length / 1024.0 / 1024.0:F1} MiB, {model.FeatureCount:N0} features, trained in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static int Int(BenchArgs args, string key, int fallback)
        => args.Extra.TryGetValue(key, out var v) ? int.TryParse(v, out int n) && n >= 0 ? n : throw new BenchUsageException($"--{key} needs a non-negative number") : fallback;

    /// <summary>Sentences of the unlabeled texts, tokenized like the rest of Sitrep.</summary>
    private static List<string[]> ReadUnlabeled(BenchArgs args)
    {
        var result = new List<string[]>();
        if (args.Extra.TryGetValue("unlabeled", out var dir) && dir == "none") return result;
        dir = dir is null ? SharedPath("data/attribution/polnear/train/text") : Path.GetFullPath(dir);
        if (!Directory.Exists(dir)) throw new BenchUsageException($"unlabeled text folder '{dir}' does not exist; pass --unlabeled DIR or none");
        var sentences = new List<Sentence>();
        var splitter = new SentenceSplitterOptions();
        foreach (var file in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var tokens = Tokenizer.Tokenize(text);
            sentences.Clear();
            SentenceSplitter.Split(text, tokens.ToArray(), splitter, sentences);
            int t = 0;
            foreach (var s in sentences)
            {
                var words = new List<string>();
                while (t < tokens.Count && tokens[t].Span.Start < s.Span.End) words.Add(text.Substring(tokens[t].Span.Start, tokens[t++].Span.Length));
                result.Add([.. words]);
            }
        }
        return result;
    }

    private static string SharedPath(string relative)
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", relative);
            if (Path.Exists(candidate)) return candidate;
        }
        throw new BenchUsageException($"could not find shared/{relative} above the working directory; pass --unlabeled DIR");
    }

    private static string DefaultOutput()
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "src", "Sitrep.Analyze", "Entities", "Recognition");
            if (Directory.Exists(candidate)) return Path.Combine(candidate, "ner-conll2003.bin.gz");
        }
        throw new BenchUsageException("could not find src/Sitrep.Analyze above the working directory; pass --output PATH");
    }
}
