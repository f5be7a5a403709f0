namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>The weights of one tagging pass: per-feature tag weights, tag transitions (row 0 = sentence start)
/// and end scores, with Viterbi decoding and forward-backward marginals under the BILOU constraints.</summary>
internal sealed class NerStage(float[] weights, float[] transitions, float[] end)
{
    public const int T = NerTags.Count;

    public float[] Weights { get; } = weights;
    public float[] Transitions { get; } = transitions;
    public float[] End { get; } = end;

    public static NerStage Empty(int features) => new(new float[features * T], new float[(T + 1) * T], new float[T]);

    public void AddFeatures(ReadOnlySpan<int> ids, Span<float> row)
    {
        var w = Weights.AsSpan();
        foreach (int id in ids)
        {
            if (id < 0) continue;
            var wf = w.Slice(id * T, T);
            for (int t = 0; t < T; t++) row[t] += wf[t];
        }
    }

    public void Viterbi(ReadOnlySpan<float> emissions, int n, Span<int> tags, float[] delta, int[] back)
    {
        var tr = Transitions;
        for (int t = 0; t < T; t++)
            delta[t] = NerTags.Allowed(-1, t) ? tr[t] + emissions[t] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < T; p++)
                {
                    if (!NerTags.Allowed(p, t)) continue;
                    float v = delta[(i - 1) * T + p] + tr[(p + 1) * T + t];
                    if (v > best) { best = v; arg = p; }
                }
                delta[i * T + t] = best + emissions[i * T + t];
                back[i * T + t] = arg;
            }
        float final = float.NegativeInfinity;
        int last = 0;
        for (int t = 0; t < T; t++)
        {
            if (!NerTags.Allowed(t, -1)) continue;
            float v = delta[(n - 1) * T + t] + End[t];
            if (v > final) { final = v; last = t; }
        }
        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    }

    /// <summary>Marginal probability of each chosen tag, treating scores as log-potentials.</summary>
    /// <remarks>Perceptron scores are not log-probabilities; dividing them by <paramref name="temperature"/> (fit on
    /// held-out data) makes the marginals roughly calibrated.</remarks>
    public void Marginals(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<int> tags, Span<float> confidence, float[] alpha, float[] beta, float temperature)
    {
        var tr = Transitions;
        float k = 1 / temperature;
        for (int t = 0; t < T; t++)
            alpha[t] = NerTags.Allowed(-1, t) ? (tr[t] + emissions[t]) * k : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                float acc = float.NegativeInfinity;
                for (int p = 0; p < T; p++)
                    if (NerTags.Allowed(p, t)) acc = LogAdd(acc, alpha[(i - 1) * T + p] + tr[(p + 1) * T + t] * k);
                alpha[i * T + t] = acc + emissions[i * T + t] * k;
            }
        for (int t = 0; t < T; t++)
            beta[(n - 1) * T + t] = NerTags.Allowed(t, -1) ? End[t] * k : float.NegativeInfinity;
        for (int i = n - 2; i >= 0; i--)
            for (int p = 0; p < T; p++)
            {
                float acc = float.NegativeInfinity;
                for (int t = 0; t < T; t++)
                    if (NerTags.Allowed(p, t)) acc = LogAdd(acc, (tr[(p + 1) * T + t] + emissions[(i + 1) * T + t]) * k + beta[(i + 1) * T + t]);
                beta[i * T + p] = acc;
            }
        float z = float.NegativeInfinity;
        for (int t = 0; t < T; t++) z = LogAdd(z, alpha[(n - 1) * T + t] + beta[(n - 1) * T + t]);
        for (int i = 0; i < n; i++)
            confidence[i] = Math.Clamp(MathF.Exp(alpha[i * T + tags[i]] + beta[i * T + tags[i]] - z), 0f, 1f);
    }

    private static float LogAdd(float a, float b)
    {
        if (float.IsNegativeInfinity(a)) return b;
        if (float.IsNegativeInfinity(b)) return a;
        return a > b ? a + MathF.Log(1 + MathF.Exp(b - a)) : b + MathF.Log(1 + MathF.Exp(a - b));
    }
}
