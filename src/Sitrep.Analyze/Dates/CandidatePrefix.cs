namespace Sitrep.Analyze.Dates;

/// <summary>Optional words just before a match that change its meaning: a relation ("last", "next"), a modifier
/// ("early", "the end of", "more than") or a weekday ("Wednesday, Aug. 9"). Reading them backwards in code keeps the
/// regexes anchored on a required token, which is what makes them fast.</summary>
internal readonly record struct CandidatePrefix(int Start, string? Modifier, string? Relation, string? Weekday)
{
    private static readonly string[] WeekdayRelations = ["last", "next", "this", "that", "early", "late"];
    private static readonly string[] Relations = ["last", "next", "this"];
    private static readonly string[] MonthModifiers = ["the end of", "the start of", "the beginning of", "the middle of", "early", "mid", "late", "end", "start"];
    private static readonly string[] PeriodModifiers = ["the end of", "the start of", "the beginning of", "the middle of", "the rest of", "earlier", "early", "later", "late", "mid"];
    private static readonly string[] YearModifiers = ["early", "mid", "late", "end", "start"];
    private static readonly string[] DecadeModifiers = ["early", "mid", "late"];
    private static readonly string[] Articles = ["the"];
    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Longer hedges first so "just over" wins over "over".</summary>
    private static readonly string[] Hedges = ["more than", "less than", "fewer than", "just over", "just under", "well over",
        "at least", "at most", "up to", "approximately", "roughly", "nearly", "almost", "about", "around", "over", "some"];

    public static CandidatePrefix Read(ReadOnlySpan<char> t, PatternKind kind, int start)
    {
        string? mod = null, rel = null, wd = null;
        int s = start;
        switch (kind)
        {
            case PatternKind.Weekday:
                if (TryBefore(t, s, WeekdayRelations, false, out int ws, out rel)) s = ws;
                break;
            case PatternKind.MonthName:
                if (TryBefore(t, s, Relations, false, out int rs, out rel)) s = rs;
                if (TryBefore(t, s, MonthModifiers, true, out int ms, out mod)) s = ms;
                break;
            case PatternKind.MonthDay:
            case PatternKind.DayMonth:
                if (kind == PatternKind.DayMonth && TryBefore(t, s, Articles, false, out int ts, out _)) s = ts;
                if (TryWeekdayBefore(t, s, out int wds, out wd)) s = wds;
                break;
            case PatternKind.Duration:
                if (TryBefore(t, s, Hedges, false, out int hs, out mod)) s = hs;
                break;
            case PatternKind.Season:
                if (TryBefore(t, s, Relations, false, out int ss, out rel)) s = ss;
                break;
            case PatternKind.RelativePeriod:
                if (TryBefore(t, s, PeriodModifiers, true, out int ps, out mod)) s = ps;
                break;
            case PatternKind.Year:
                if (TryBefore(t, s, YearModifiers, true, out int ys, out mod)) s = ys;
                break;
            case PatternKind.Decade:
                if (TryBefore(t, s, DecadeModifiers, true, out int ds, out mod)) s = ds;
                break;
            case PatternKind.Quarter:
                if (TryBefore(t, s, Articles, false, out int qs, out _)) s = qs;
                break;
        }
        return new CandidatePrefix(s, mod, rel, wd);
    }

    /// <summary>True when one of <paramref name="phrases"/> ends just before <paramref name="pos"/>, separated by spaces
    /// (or one hyphen, "mid-2024"), and starts at a word boundary.</summary>
    private static bool TryBefore(ReadOnlySpan<char> t, int pos, string[] phrases, bool allowHyphen, out int start, out string? phrase)
    {
        start = pos;
        phrase = null;
        int i = pos;
        if (i == 0) return false;
        if (t[i - 1] == ' ') { while (i > 0 && t[i - 1] == ' ') i--; }
        else if (allowHyphen && t[i - 1] == '-') i--;
        else return false;
        foreach (var p in phrases)
        {
            int b = i - p.Length;
            if (b < 0 || !t.Slice(b, p.Length).Equals(p, StringComparison.OrdinalIgnoreCase)) continue;
            if (b > 0 && char.IsLetter(t[b - 1])) continue;
            start = b;
            phrase = p;
            return true;
        }
        return false;
    }

    private static bool TryWeekdayBefore(ReadOnlySpan<char> t, int pos, out int start, out string? weekday)
    {
        start = pos;
        weekday = null;
        int i = pos;
        while (i > 0 && t[i - 1] == ' ') i--;
        if (i == pos) return false;
        if (i > 0 && t[i - 1] == ',') i--;
        int e = i;
        while (i > 0 && char.IsLetter(t[i - 1])) i--;
        var word = t[i..e];
        foreach (var w in WeekdayNames)
        {
            if (!word.Equals(w, StringComparison.OrdinalIgnoreCase) || !char.IsUpper(word[0])) continue;
            start = i;
            weekday = w;
            return true;
        }
        return false;
    }
}
