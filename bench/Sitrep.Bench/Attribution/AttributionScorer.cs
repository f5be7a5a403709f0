namespace Sitrep.Bench.Attribution;

/// <summary>Scores predicted attributions against gold as in the PolNeAR README: trimmed offset sets, greedy one-to-one
/// matching by decreasing overlap, exact and partial (at least one shared character) for triples and for each part.</summary>
public sealed class AttributionScorer
{
    public PrfCount TripleExact { get; } = new();
    public PrfCount TriplePartial { get; } = new();
    public PrfCount ContentExact { get; } = new();
    public PrfCount ContentOverlap { get; } = new();
    public PrfCount CueExact { get; } = new();
    public PrfCount CueOverlap { get; } = new();
    public PrfCount SourceExact { get; } = new();
    public PrfCount SourceOverlap { get; } = new();

    /// <summary>Gold attributions whose content a prediction overlaps (one-to-one), and of those, how many have the
    /// source right too (sources overlap, or both are empty).</summary>
    public int ContentFound { get; private set; }
    public int SourceCorrectGivenContent { get; private set; }
    public double SourceCorrectRate => ContentFound == 0 ? 0 : (double)SourceCorrectGivenContent / ContentFound;

    public void Add(IReadOnlyList<ScoredAttribution> gold, IReadOnlyList<ScoredAttribution> predicted)
    {
        Count(TripleExact, gold, predicted, static (g, p) => g.Content.Equals(p.Content) && g.Cue.Equals(p.Cue) && g.Source.Equals(p.Source), Weight);
        Count(TriplePartial, gold, predicted, static (g, p) => g.Content.Overlap(p.Content) > 0 && g.Cue.Overlap(p.Cue) > 0 && SourcesOverlap(g.Source, p.Source), Weight);
        CountPart(ContentExact, ContentOverlap, gold, predicted, static a => a.Content);
        CountPart(CueExact, CueOverlap, gold, predicted, static a => a.Cue);
        CountPart(SourceExact, SourceOverlap, gold, predicted, static a => a.Source);

        foreach (var (g, p) in Match(gold, predicted, static (g, p) => g.Content.Overlap(p.Content) > 0, static (g, p) => g.Content.Overlap(p.Content)))
        {
            ContentFound++;
            if (SourcesOverlap(g.Source, p.Source)) SourceCorrectGivenContent++;
        }
    }

    private static bool SourcesOverlap(SpanSet g, SpanSet p) => g.IsEmpty ? p.IsEmpty : g.Overlap(p) > 0;

    private static int Weight(ScoredAttribution g, ScoredAttribution p) => g.Content.Overlap(p.Content) + g.Cue.Overlap(p.Cue) + g.Source.Overlap(p.Source);

    private static void Count(PrfCount c, IReadOnlyList<ScoredAttribution> gold, IReadOnlyList<ScoredAttribution> predicted,
        Func<ScoredAttribution, ScoredAttribution, bool> matches, Func<ScoredAttribution, ScoredAttribution, int> weight)
    {
        c.Gold += gold.Count;
        c.Predicted += predicted.Count;
        c.Matched += Match(gold, predicted, matches, weight).Count;
    }

    private static void CountPart(PrfCount exact, PrfCount overlap, IReadOnlyList<ScoredAttribution> gold, IReadOnlyList<ScoredAttribution> predicted, Func<ScoredAttribution, SpanSet> part)
    {
        // Each attribution contributes its part once, so a source shared by three attributions counts three times.
        var g = gold.Where(a => !part(a).IsEmpty).ToList();
        var p = predicted.Where(a => !part(a).IsEmpty).ToList();
        Count(exact, g, p, (x, y) => part(x).Equals(part(y)), (x, y) => part(x).Overlap(part(y)));
        Count(overlap, g, p, (x, y) => part(x).Overlap(part(y)) > 0, (x, y) => part(x).Overlap(part(y)));
    }

    /// <summary>Greedy one-to-one matching in order of decreasing weight.</summary>
    public static List<(ScoredAttribution Gold, ScoredAttribution Predicted)> Match(IReadOnlyList<ScoredAttribution> gold, IReadOnlyList<ScoredAttribution> predicted,
        Func<ScoredAttribution, ScoredAttribution, bool> matches, Func<ScoredAttribution, ScoredAttribution, int> weight)
    {
        var candidates = new List<(int W, int G, int P)>();
        for (int i = 0; i < gold.Count; i++)
            for (int j = 0; j < predicted.Count; j++)
                if (matches(gold[i], predicted[j])) candidates.Add((weight(gold[i], predicted[j]), i, j));
        candidates.Sort(static (a, b) => a.W != b.W ? b.W.CompareTo(a.W) : a.G != b.G ? a.G.CompareTo(b.G) : a.P.CompareTo(b.P));
        var usedG = new bool[gold.Count];
        var usedP = new bool[predicted.Count];
        var pairs = new List<(ScoredAttribution, ScoredAttribution)>();
        foreach (var (_, g, p) in candidates)
        {
            if (usedG[g] || usedP[p]) continue;
            usedG[g] = usedP[p] = true;
            pairs.Add((gold[g], predicted[p]));
        }
        return pairs;
    }
}
