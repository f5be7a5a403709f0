namespace Sitrep.Bench.Attribution;

public sealed record PolnearArticle(string Name, string Text, IReadOnlyList<GoldAttribution> Gold);
