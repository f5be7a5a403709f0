using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sitrep.Analyze.Dates;

/// <summary>Context checks the regexes cannot make cheaply: "May" the name or modal verb, "Sunday Times", a year
/// that is really a count ("of 2000 troops"), and the noun phrase an offset is anchored to ("after the coup").</summary>
internal static class CandidateFilter
{
    /// <summary>Words after which a bare month name is a month ("in May", "since March").</summary>
    private static readonly FrozenSet<string> MonthContext = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "since", "until", "till", "by", "from", "through", "throughout", "during", "before", "after", "of", "between",
        "each", "every", "early", "late", "mid", "around", "and", "to", "or", "last", "next", "this", "that");

    /// <summary>Conjunctions that join months ("June and July") but also names ("Theresa May and …").</summary>
    private static readonly FrozenSet<string> WeakMonthContext = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "and", "to", "or");

    /// <summary>Words after which a four-digit number in range is a year ("in 2023", "since 1999", "fiscal 2024").</summary>
    private static readonly FrozenSet<string> YearContext = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "for", "between", "and",
        "to", "around", "circa", "year", "fiscal");

    /// <summary>Nouns that make "the 2024 …" a year ("the 2024 election") rather than a count.</summary>
    private static readonly FrozenSet<string> EventNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "election", "elections", "campaign", "race", "budget", "season", "census", "vote", "referendum", "summit", "games",
        "olympics", "midterms", "primary", "primaries", "war", "invasion", "coup", "crisis", "attack", "attacks", "uprising",
        "revolution", "earthquake", "floods", "law", "act", "agreement", "accord", "deal", "treaty", "report", "survey", "edition");

    /// <summary>Prepositions that precede years and counts alike ("of 2023", "of 2000 troops").</summary>
    private static readonly FrozenSet<string> AmbiguousYearContext = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "for", "to", "and", "between", "around", "from", "by");

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "that", "this", "these", "those", "his", "her", "their", "its", "our", "a", "an");

    /// <summary>Words that end the noun phrase of a reference ("after the coup in Niger" → "the coup").</summary>
    private static readonly FrozenSet<string> ReferenceStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "of", "and", "or", "but", "to", "for", "with", "by", "from", "as", "when", "while", "that", "which",
        "who", "was", "were", "is", "are", "had", "has", "have", "said", "says", "will", "would", "could", "after", "before",
        "than", "into", "over", "under", "during", "the", "a", "an", "this", "these", "those", "it", "they", "he", "she", "we",
        "i", "there", "then", "where", "amid", "against", "until", "since", "ended", "began", "started");

    /// <summary>Function words that may follow a year ("in 2023 and", "by 2030 when").</summary>
    private static readonly FrozenSet<string> YearFollowers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "to", "when", "as", "after", "before", "but", "with", "in", "on", "at", "for", "from", "until", "which",
        "that", "the", "was", "were", "is", "are", "had", "has", "have", "will", "would", "while", "where", "if", "than",
        "because", "though", "although", "amid", "despite", "during", "since", "so", "it", "he", "she", "they", "we", "i",
        "election", "elections", "budget", "season", "census", "vote", "campaign", "race", "summit", "report", "levels");

    public static bool Accept(string text, in TimeCandidate c)
    {
        var t = text.AsSpan();
        var m = c.Match;
        int start = c.Start, end = c.End;
        switch (c.Kind)
        {
            case PatternKind.MonthDay:
                {
                    if (!int.TryParse(m.Groups["day"].ValueSpan, out int day) || day is < 1 or > 31) return false;
                    // "the March 4 Justice group": a yearless date running into a capitalized word is a name.
                    var next = TextContext.NextWord(t, end, out int ns);
                    return m.Groups["year"].Success || !(ns == end + 1 && next.Length > 1 && char.IsUpper(next[0]));
                }
            case PatternKind.DayMonth:
                return int.TryParse(m.Groups["day"].ValueSpan, out int d) && d is >= 1 and <= 31;
            case PatternKind.MonthName:
                return AcceptMonthName(t, c);
            case PatternKind.Weekday:
                {
                    // "Sunday Times", "Monday Night Football": a weekday inside a capitalized name.
                    var next = TextContext.NextWord(t, end, out int ns);
                    return !(ns == end + 1 && next.Length > 1 && char.IsUpper(next[0]) && CalendarMath.ParseMonth(next) == 0);
                }
            case PatternKind.RelativeDay:
                // "USA Today", "the Today programme": capitalized mid-sentence it is a name.
                return !char.IsUpper(t[start]) || TextContext.IsSentenceStart(t, start);
            case PatternKind.Year:
                return AcceptYear(t, c);
            case PatternKind.Duration:
                {
                    var next = TextContext.NextWord(t, end, out int ns);
                    if (next.Equals("old", StringComparison.OrdinalIgnoreCase) || (end < t.Length && t[end] == '-')) return false;
                    // "once a day", "three times a year" are frequencies, not durations.
                    var n = m.Groups["n"].ValueSpan;
                    if (n is "a" or "an" or "A" or "An")
                    {
                        var prev = TextContext.PreviousWord(t, start);
                        if (prev is "once" or "twice" or "times" or "per") return false;
                    }
                    return true;
                }
            case PatternKind.Offset:
                // "for a decade before that" measures a stretch of time rather than placing a date.
                if (TextContext.PreviousWord(t, start).Equals("for", StringComparison.OrdinalIgnoreCase)) return false;
                if (m.Groups["dir"].ValueSpan.Equals("on", StringComparison.OrdinalIgnoreCase))
                    return end >= t.Length || !char.IsLetterOrDigit(NextNonSpace(t, end));
                return true;
            case PatternKind.Season:
                return c.Relation is not null || m.Groups["year"].Success;
            case PatternKind.Slash:
                {
                    int a = int.Parse(m.Groups["a"].ValueSpan), b = int.Parse(m.Groups["b"].ValueSpan);
                    return a is >= 1 and <= 31 && b is >= 1 and <= 31 && (a <= 12 || b <= 12);
                }
            case PatternKind.DottedDmy:
                {
                    int a = int.Parse(m.Groups["a"].ValueSpan), b = int.Parse(m.Groups["b"].ValueSpan);
                    return a is >= 1 and <= 31 && b is >= 1 and <= 12;
                }
            default:
                return true;
        }
    }

    private static bool AcceptMonthName(ReadOnlySpan<char> t, in TimeCandidate c)
    {
        var m = c.Match;
        if (c.Modifier is not null || c.Relation is not null || m.Groups["year"].Success) return true;
        var prev = TextContext.PreviousWord(t, c.Start);
        if (prev.Length == 0 || !MonthContext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prev)) return false;
        var month = m.Groups["mon"].ValueSpan;
        bool risky = month is "May" or "March";
        return !(risky && WeakMonthContext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prev));
    }

    private static bool AcceptYear(ReadOnlySpan<char> t, in TimeCandidate c)
    {
        if (c.Modifier is not null) return true;
        var prev = TextContext.PreviousWord(t, c.Start);
        if (prev.Equals("the", StringComparison.OrdinalIgnoreCase))
            return EventNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TextContext.NextWord(t, c.End, out _));
        if (!YearContext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prev)) return false;
        if (!AmbiguousYearContext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prev)) return true;
        int end = c.End;
        // "and 2023 people": a lowercase content word after the number makes it a count.
        var next = TextContext.NextWord(t, end, out _);
        return next.Length == 0 || !char.IsLower(next[0]) || YearFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
    }

    private static char NextNonSpace(ReadOnlySpan<char> t, int pos)
    {
        while (pos < t.Length && t[pos] is ' ' or '\t') pos++;
        return pos < t.Length ? t[pos] : '\n';
    }

    /// <summary>For "… after/before X" forms, the end of the noun phrase X when it starts with a determiner, so the
    /// span reads "four days after the coup"; otherwise <paramref name="end"/> unchanged.</summary>
    public static int ExtendOverReference(string text, in TimeCandidate c, int limit)
    {
        var m = c.Match;
        int end = c.End;
        bool wantsReference = c.Kind switch
        {
            PatternKind.Offset => m.Groups["dir"].ValueSpan is "before" or "after" or "Before" or "After",
            PatternKind.EventWindow => true,
            PatternKind.Anaphoric => m.Groups["w"].ValueSpan.EndsWith("before", StringComparison.OrdinalIgnoreCase)
                || m.Groups["w"].ValueSpan.EndsWith("after", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
        if (!wantsReference) return end;
        var t = text.AsSpan(0, limit);
        var det = TextContext.NextWord(t, end, out int ds);
        if (ds != end + 1 || !Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(det)) return end;
        int refEnd = -1, pos = ds + det.Length;
        var stops = ReferenceStops.GetAlternateLookup<ReadOnlySpan<char>>();
        if (IsDemonstrative(det))
        {
            // A bare "that" ("a week before that, he left") points back to the last date on its own.
            var after = TextContext.NextWord(t, pos, out int afterStart);
            if (after.Length == 0 || afterStart != pos + 1 || stops.Contains(after)) return pos;
        }
        for (int words = 0; words < 4; words++)
        {
            var w = TextContext.NextWord(t, pos, out int ws);
            if (ws != pos + 1 || w.Length == 0 || stops.Contains(w) || IsMonthWord(w))
                break;
            // A past-tense verb starts the clause after the phrase: "after the council condemned it" → "the council".
            if (words > 0 && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) break;
            pos = ws + w.Length;
            refEnd = pos;
            // A comma closes the phrase: "after the coup, officials said".
            if (pos < t.Length && t[pos] == ',') break;
        }
        return refEnd > 0 ? refEnd : end;
    }

    private static bool IsMonthWord(ReadOnlySpan<char> w) => w is "January" or "February" or "March" or "April" or "May"
        or "June" or "July" or "August" or "September" or "October" or "November" or "December";

    /// <summary>True when a reference ("that deadline", "the same day") points back to a date already given.</summary>
    public static bool IsDemonstrative(ReadOnlySpan<char> reference)
    {
        int sp = reference.IndexOf(' ');
        var first = sp < 0 ? reference : reference[..sp];
        return first.Equals("that", StringComparison.OrdinalIgnoreCase) || first.Equals("this", StringComparison.OrdinalIgnoreCase)
            || first.Equals("those", StringComparison.OrdinalIgnoreCase) || first.Equals("these", StringComparison.OrdinalIgnoreCase);
    }
}
