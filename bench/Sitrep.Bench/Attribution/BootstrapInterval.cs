namespace Sitrep.Bench.Attribution;

/// <summary>95% bootstrap intervals over articles for a ratio of summed per-article counts (F1 from matched, predicted
/// and gold; or a rate from hits and trials). Fixed seed, so a rerun prints the same interval.</summary>
public static class BootstrapInterval
{
    public static (double Low, double High) F1(IReadOnlyList<(int Matched, int Predicted, int Gold)> perArticle, int rounds = 1000)
        => Resample(perArticle.Count, rounds, sample =>
        {
            long m = 0, p = 0, g = 0;
            foreach (var i in sample) { m += perArticle[i].Matched; p += perArticle[i].Predicted; g += perArticle[i].Gold; }
            double precision = p == 0 ? 0 : (double)m / p, recall = g == 0 ? 0 : (double)m / g;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        });

    public static (double Low, double High) Rate(IReadOnlyList<(int Hits, int Trials)> perArticle, int rounds = 1000)
        => Resample(perArticle.Count, rounds, sample =>
        {
            long h = 0, t = 0;
            foreach (var i in sample) { h += perArticle[i].Hits; t += perArticle[i].Trials; }
            return t == 0 ? 0 : (double)h / t;
        });

    private static (double, double) Resample(int n, int rounds, Func<int[], double> statistic)
    {
        if (n == 0) return (0, 0);
        var random = new Random(17);
        var values = new double[rounds];
        var sample = new int[n];
        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < n; i++) sample[i] = random.Next(n);
            values[r] = statistic(sample);
        }
        Array.Sort(values);
        return (values[(int)(0.025 * (rounds - 1))], values[(int)(0.975 * (rounds - 1))]);
    }
}
