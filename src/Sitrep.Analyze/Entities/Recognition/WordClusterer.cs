namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Exchange word clustering (Kneser and Ney 1993; Martin, Liermann and Ney 1998): words are moved one at a
/// time to the class that most increases the class-bigram likelihood of the unlabeled text. Like Brown clusters it
/// groups words used in similar contexts (cities with cities, surnames with surnames), which lets the tagger
/// generalize from the names it saw in training to names it did not. Deterministic: no randomness.</summary>
internal static class WordClusterer
{
    public static Dictionary<string, int> Cluster(List<string[]> sentences, int classes, int iterations, int minCount, Action<string> log)
    {
        // Vocabulary: frequent words by count (ties by ordinal), then one id for all rare words and one for the boundary.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
        var vocab = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).ToArray();
        Array.Sort(vocab, (a, b) => counts[b] != counts[a] ? counts[b].CompareTo(counts[a]) : string.CompareOrdinal(a, b));
        var index = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocab.Length; i++) index[vocab[i]] = i;
        int rare = vocab.Length, boundary = vocab.Length + 1, v = vocab.Length + 2;

        var unigram = new long[v];
        var bigrams = new Dictionary<long, int>();
        foreach (var s in sentences)
        {
            int prev = boundary;
            unigram[boundary]++;
            foreach (var w in s)
            {
                int id = index.TryGetValue(w, out int x) ? x : rare;
                unigram[id]++;
                long key = (long)prev * v + id;
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                prev = id;
            }
            long endKey = (long)prev * v + boundary;
            bigrams[endKey] = bigrams.GetValueOrDefault(endKey) + 1;
        }
        var (rightStart, rightWord, rightCount) = Adjacency(bigrams, v, right: true);
        var (leftStart, leftWord, leftCount) = Adjacency(bigrams, v, right: false);

        int k = Math.Min(classes, v);
        var cls = new int[v];
        for (int i = 0; i < v; i++) cls[i] = i % k;
        var n = new long[k * k];
        var nc = new long[k];
        foreach (var (key, count) in bigrams) n[cls[key / v] * k + cls[key % v]] += count;
        for (int i = 0; i < v; i++) nc[cls[i]] += unigram[i];

        var r = new long[k];
        var l = new long[k];
        var rTouched = new List<int>();
        var lTouched = new List<int>();
        for (int it = 0; it < iterations; it++)
        {
            int moved = 0;
            for (int w = 0; w < v; w++)
            {
                // Neighbour class counts of w, excluding bigrams of w with itself (kept in self).
                long self = 0;
                for (int e = rightStart[w]; e < rightStart[w + 1]; e++)
                {
                    int u = rightWord[e];
                    if (u == w) { self += rightCount[e]; continue; }
                    int c = cls[u];
                    if (r[c] == 0) rTouched.Add(c);
                    r[c] += rightCount[e];
                }
                for (int e = leftStart[w]; e < leftStart[w + 1]; e++)
                {
                    int u = leftWord[e];
                    if (u == w) continue;
                    int c = cls[u];
                    if (l[c] == 0) lTouched.Add(c);
                    l[c] += leftCount[e];
                }
                int a = cls[w];
                Apply(a, -1);
                int best = a;
                double bestGain = Gain(a);
                for (int b = 0; b < k; b++)
                {
                    if (b == a) continue;
                    double g = Gain(b);
                    if (g > bestGain + 1e-9) { bestGain = g; best = b; }
                }
                Apply(best, +1);
                if (best != a) { cls[w] = best; moved++; }
                foreach (int c in rTouched) r[c] = 0;
                foreach (int c in lTouched) l[c] = 0;
                rTouched.Clear();
                lTouched.Clear();

                void Apply(int b, int sign)
                {
                    foreach (int c in rTouched) n[b * k + c] += sign * r[c];
                    foreach (int c in lTouched) n[c * k + b] += sign * l[c];
                    n[b * k + b] += sign * self;
                    nc[b] += sign * unigram[w];
                }

                double Gain(int b)
                {
                    double g = 0;
                    foreach (int c in rTouched)
                        if (c != b) g += F(n[b * k + c] + r[c]) - F(n[b * k + c]);
                    foreach (int c in lTouched)
                        if (c != b) g += F(n[c * k + b] + l[c]) - F(n[c * k + b]);
                    long bb = n[b * k + b];
                    g += F(bb + r[b] + l[b] + self) - F(bb);
                    g -= 2 * (F(nc[b] + unigram[w]) - F(nc[b]));
                    return g;
                }
            }
            log($"clustering into {k} classes, pass {it + 1}: moved {moved:N0} of {v:N0} words");
            if (moved == 0) break;
        }
        var result = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocab.Length; i++) result[vocab[i]] = cls[i];
        return result;
    }

    private static readonly double[] XLogX = BuildTable(1 << 20);

    private static double[] BuildTable(int size)
    {
        var t = new double[size];
        for (int i = 1; i < size; i++) t[i] = i * Math.Log(i);
        return t;
    }

    private static double F(long x) => x < XLogX.Length ? XLogX[x] : x * Math.Log(x);

    private static (int[] Start, int[] Word, int[] Count) Adjacency(Dictionary<long, int> bigrams, int v, bool right)
    {
        var start = new int[v + 1];
        foreach (var key in bigrams.Keys) start[(right ? key / v : key % v) + 1]++;
        for (int i = 0; i < v; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var word = new int[bigrams.Count];
        var count = new int[bigrams.Count];
        foreach (var (key, c) in bigrams)
        {
            int from = (int)(right ? key / v : key % v), to = (int)(right ? key % v : key / v);
            int e = fill[from]++;
            word[e] = to;
            count[e] = c;
        }
        return (start, word, count);
    }
}
