namespace Sitrep.Core;

/// <summary>A half-open range of UTF-16 code units in a <see cref="Document"/>'s text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start}..{End})";
}
