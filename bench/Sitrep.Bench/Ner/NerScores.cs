namespace Sitrep.Bench.Ner;

/// <summary>Entity counts for one type (or all): gold, predicted and exactly correct.</summary>
internal sealed class Counts
{
    public int Gold;
    public int Predicted;
    public int Correct;

    public double P => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double R => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);

    public Dictionary<string, object> ToJson() => new()
    {
        ["precision"] = Math.Round(P * 100, 2),
        ["recall"] = Math.Round(R * 100, 2),
        ["f1"] = Math.Round(F1 * 100, 2),
        ["gold"] = Gold,
        ["predicted"] = Predicted,
        ["correct"] = Correct,
    };
}

/// <summary>conlleval-style scores of one system on one dataset.</summary>
internal sealed record Scores(Counts Overall, Dictionary<string, Counts> PerType, double TokenAccuracy)
{
    public Dictionary<string, object> ToJson() => new()
    {
        ["overall"] = Overall.ToJson(),
        ["per_type"] = PerType.ToDictionary(kv => kv.Key, kv => (object)kv.Value.ToJson()),
        ["token_accuracy"] = Math.Round(TokenAccuracy * 100, 2),
    };
}
