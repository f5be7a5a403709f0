using System.Text.RegularExpressions;

namespace Sitrep.Analyze.Dates;

/// <summary>A pattern match before overlaps are settled: its span, the pattern, its priority and the match itself.</summary>
internal readonly record struct TimeCandidate(int Start, int End, PatternKind Kind, int Priority, Match Match)
{
    public int Length => End - Start;
}
