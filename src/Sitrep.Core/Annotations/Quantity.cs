namespace Sitrep.Core.Annotations;

/// <summary>A number with its unit and hedge: "roughly 1,110 troops" → 1110, "troops", Approximate.</summary>
public sealed record Quantity(TextSpan Span, double Value, string? Unit) : ISpanned
{
    /// <summary>Upper bound of a range ("between 10 and 20") or of a vague amount ("hundreds" → 999).</summary>
    public double? ValueMax { get; init; }
    public Approximation Approximation { get; init; }
}

public enum Approximation { Exact, Approximate, AtLeast, AtMost, MoreThan, LessThan, Range, Vague }
