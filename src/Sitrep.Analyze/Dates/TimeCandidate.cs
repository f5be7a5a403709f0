using System.Text.RegularExpressions;

namespace Sitrep.Analyze.Dates;

/// <summary>A pattern match before overlaps are settled: its span, the pattern, its priority, the match itself and the
/// words read before it (<see cref="CandidatePrefix"/>), lower-cased.</summary>
internal readonly record struct TimeCandidate(int Start, int End, PatternKind Kind, int Priority, Match Match,
    string? Modifier = null, string? Relation = null, string? Weekday = null)
{
    public int Length => End - Start;
}
