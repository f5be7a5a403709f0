namespace Sitrep.Core;

/// <summary>An expected failure or loss, recorded as data: a stable code, a message that says what to do,
/// where it happened (source and location), and the stage that found it.</summary>
public sealed record Problem(string Code, string Message, string Stage, string? Source = null, string? Location = null)
{
    /// <summary>Problems that lose the whole item (nothing usable came out) as opposed to warnings.</summary>
    public bool IsFatal { get; init; }

    public override string ToString()
    {
        var where = Source is null ? "" : Location is null ? Source + ": " : $"{Source} {Location}: ";
        return $"{where}{Message} [{Code}]";
    }
}
