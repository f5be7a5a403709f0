namespace Sitrep.Analyze.Quantities;

internal enum ScanTokenKind : byte { Word, Number, Symbol }

/// <summary>A word, a numeral ("1,110", "2.5") or one other character, with whether whitespace precedes it.</summary>
internal readonly record struct ScanToken(int Start, int Length, ScanTokenKind Kind, bool SpaceBefore)
{
    public int End => Start + Length;
}
