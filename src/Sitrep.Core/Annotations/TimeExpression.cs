namespace Sitrep.Core.Annotations;

/// <summary>A time expression resolved against the anchor (usually the publication date).
/// <see cref="Value"/> is ISO 8601: a date ("2023-08-07"), a month ("2023-08"), an interval ("2023-07-31/2023-08-06"),
/// or a duration ("PT2H").</summary>
public sealed record TimeExpression(TextSpan Span, TimeKind Kind, string? Value) : ISpanned
{
    public TimeGranularity Granularity { get; init; }
    /// <summary>True when the value could not be pinned down fully (year unknown, no anchor, vague).</summary>
    public bool Underspecified { get; init; }
    /// <summary>What the value was resolved against: "published:2023-08-09", "explicit", "previous:…".</summary>
    public string? Anchor { get; init; }
}

public enum TimeKind { Date, Time, Interval, Duration, Set }

public enum TimeGranularity { Unknown, Year, Quarter, Month, Week, Day, PartOfDay, Hour, Minute }
