using Sitrep.Analyze.Entities.Recognition;

namespace Sitrep.Bench.Ner;

/// <summary>Reads CoNLL-2003 files: one "token POS chunk tag" line per token, blank lines between sentences,
/// "-DOCSTART-" lines between documents (skipped, but counted as document boundaries).</summary>
public static class ConllReader
{
    public static List<NerTrainingSentence> Read(string path, int? limit = null)
    {
        var result = new List<NerTrainingSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int doc = 0, lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { Flush(); doc++; continue; }
            if (line.Length == 0) { Flush(); if (limit is { } l && result.Count >= l) break; continue; }
            var fields = line.Split(' ');
            if (fields.Length < 2) throw new BenchUsageException($"{path}:{lineNo}: expected 'token ... tag', got '{line}'");
            words.Add(fields[0]);
            tags.Add(fields[^1]);
        }
        Flush();
        return result;

        void Flush()
        {
            if (words.Count > 0) result.Add(new NerTrainingSentence([.. words], [.. tags], doc));
            words.Clear();
            tags.Clear();
        }
    }
}
