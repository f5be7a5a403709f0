using System.Globalization;
using System.Text;
using Sitrep.Analyze.Quotes;
using Sitrep.Core;

namespace Sitrep.Bench.Attribution;

/// <summary>`./sitrep train attribution`: derives the cue-word lexicon from PolNeAR train. For every lower-cased word it
/// counts how often the word lies inside a gold cue and how often it occurs at all; words seen as a cue at least
/// <c>--min-count</c> times are written with their precision, and the attributor keeps those above its threshold.</summary>
public static class AttributionTrainer
{
    public static int Run(BenchArgs args)
    {
        var folder = args.DatasetOr("data/attribution/polnear/train");
        int minCount = args.Extra.TryGetValue("min-count", out var m) ? int.Parse(m, CultureInfo.InvariantCulture) : 3;
        var output = args.Output ?? FindLexiconPath();
        var articles = PolnearCorpus.Load(folder, args.Limit);
        var cueCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<TextSpan>();
        foreach (var article in articles)
        {
            var inCue = new bool[article.Text.Length + 1];
            foreach (var g in article.Gold)
                foreach (var (s, e) in g.Cue)
                    for (int i = Math.Max(0, s); i < Math.Min(e, article.Text.Length); i++) inCue[i] = true;
            words.Clear();
            CueTokenScanner.Scan(article.Text, new TextSpan(0, article.Text.Length), words);
            foreach (var w in words)
            {
                if (!char.IsLetter(article.Text[w.Start])) continue;
                var key = article.Text.Substring(w.Start, w.Length).ToLowerInvariant();
                totals[key] = totals.GetValueOrDefault(key) + 1;
                if (inCue[w.Start]) cueCounts[key] = cueCounts.GetValueOrDefault(key) + 1;
            }
        }
        var sb = new StringBuilder();
        sb.Append("# Cue words derived from ").Append(Path.GetFileName(Path.GetDirectoryName(folder + "/") ?? folder))
          .Append(" by `./sitrep train attribution --min-count ").Append(minCount).Append("`: word, times inside a gold cue, occurrences, precision.\n");
        foreach (var (word, cues) in cueCounts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            sb.Append(word).Append('\t').Append(cues).Append('\t').Append(totals[word]).Append('\t')
              .Append(((double)cues / totals[word]).ToString("F3", CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(output, sb.ToString());
        Console.Error.WriteLine($"wrote {cueCounts.Count(kv => kv.Value >= minCount)} cue words from {articles.Count} articles to {output}");
        return 0;
    }

    private static string FindLexiconPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Sitrep.Analyze", "Quotes", "Lexicons");
            if (Directory.Exists(candidate)) return Path.Combine(candidate, "cue-words.tsv");
        }
        throw new BenchUsageException("could not find src/Sitrep.Analyze/Quotes/Lexicons above the working directory; pass --output PATH");
    }
}
