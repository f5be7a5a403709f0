using Sitrep.Analyze.Entities.Recognition;

namespace Sitrep.Bench.Ner;

/// <summary>The classic CoNLL baseline: every word gets the BILOU tag it carried most often in training
/// (unknown words are outside any entity).</summary>
internal sealed class MostFrequentTagBaseline
{
    private readonly Dictionary<string, int> _tags;

    private MostFrequentTagBaseline(Dictionary<string, int> tags) => _tags = tags;

    public static MostFrequentTagBaseline Train(List<NerTrainingSentence> sentences)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            var tags = NerModelTrainer.ToBilou(s.Tags);
            for (int i = 0; i < tags.Length; i++)
            {
                if (!counts.TryGetValue(s.Words[i], out var c)) counts[s.Words[i]] = c = new int[NerTags.Count];
                c[tags[i]]++;
            }
        }
        var best = new Dictionary<string, int>(counts.Count, StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            int arg = 0;
            for (int t = 1; t < c.Length; t++) if (c[t] > c[arg]) arg = t;
            best[word] = arg;
        }
        return new MostFrequentTagBaseline(best);
    }

    public int[] Tag(string[] words)
    {
        var result = new int[words.Length];
        for (int i = 0; i < words.Length; i++) result[i] = _tags.GetValueOrDefault(words[i]);
        return result;
    }
}
