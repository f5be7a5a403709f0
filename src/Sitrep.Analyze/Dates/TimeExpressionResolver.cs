using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Dates;

/// <summary>Per-document resolution of chosen candidates. Holds the anchor (publication date) and the last day the
/// narrative mentioned, which "three days later" and "that afternoon" lean on. One instance per document.</summary>
internal sealed class TimeExpressionResolver
{
    /// <summary>How much nearer a date against the clause's tense must be to win anyway: "gave them until Aug. 6" in
    /// an article of Aug. 9 is three days back, not a year ahead. Set by hand on the spec examples (Specs/Dates.md).</summary>
    private const int TensePenaltyDays = 180, TensePenaltyMonths = 6, TensePenaltyOrdinalDays = 15;

    private readonly string _text;
    private readonly DateResolverOptions _options;
    private readonly DateOnly? _anchor;
    private readonly string? _anchorLabel;
    private readonly DateTime? _anchorDateTime;
    private DateOnly? _lastDay;

    /// <summary>The last date of any precision ("in 1961", "in March 2020", "Aug. 6"), for "ten years later".</summary>
    private (DateOnly Start, TimeGranularity Granularity, string Value)? _lastPoint;
    // True when the nearest earlier point in time could not be pinned down ("four days after the coup"): a following
    // "that deadline" most likely refers to it, so it must not borrow an older resolved date.
    private bool _lastPointUnresolved;

    public TimeExpressionResolver(string text, DocumentMeta meta, DateResolverOptions options)
    {
        _text = text;
        _options = options;
        if (meta.Published is DateTimeOffset p)
        {
            // The local calendar date where the article was published, not the UTC one.
            _anchor = DateOnly.FromDateTime(p.DateTime);
            _anchorLabel = "published:" + CalendarMath.Day(_anchor.Value);
            if (meta.PublishedHasTime) _anchorDateTime = p.DateTime;
        }
    }

    /// <summary>Resolves dates in text order, then clock times, which take their day from a neighbour.</summary>
    public List<TimeExpression> ResolveAll(List<TimeCandidate> chosen, CancellationToken ct)
    {
        var results = new TimeExpression?[chosen.Count];
        for (int i = 0; i < chosen.Count; i++)
        {
            if ((i & 255) == 0) ct.ThrowIfCancellationRequested();
            if (IsClock(chosen[i].Kind)) continue;
            var r = Resolve(chosen[i]);
            results[i] = r;
            if (r is { Underspecified: false, Kind: TimeKind.Date or TimeKind.Time } && TryParseDay(r.Value, out var d)) _lastDay = d;
            if (r is { Underspecified: false, Kind: TimeKind.Date, Value: string v } && TryParsePoint(v, out var point)) _lastPoint = point;
            if (r is { Kind: TimeKind.Date or TimeKind.Interval or TimeKind.Time }) _lastPointUnresolved = r.Underspecified;
        }
        for (int i = 0; i < chosen.Count; i++)
            if (IsClock(chosen[i].Kind)) results[i] = ResolveClock(chosen, results, i);
        var list = new List<TimeExpression>(chosen.Count);
        foreach (var r in results) if (r is not null) list.Add(r);
        return list;
    }

    private static bool IsClock(PatternKind k) => k is PatternKind.ClockTime or PatternKind.ClockTime24 or PatternKind.NamedTime;

    private TimeExpression? Resolve(in TimeCandidate c) => c.Kind switch
    {
        PatternKind.MonthDay or PatternKind.DayMonth => MonthDay(c),
        PatternKind.Iso => Iso(c),
        PatternKind.Slash or PatternKind.DottedDmy => Numeric(c),
        PatternKind.MonthName => MonthName(c),
        PatternKind.Weekday => Weekday(c),
        PatternKind.RelativeDay => RelativeDay(c),
        PatternKind.RelativePeriod or PatternKind.EdgeOfPeriod => RelativePeriod(c),
        PatternKind.TheWeekend => TheWeekend(c),
        PatternKind.Offset => Offset(c),
        PatternKind.EventWindow => EventWindow(c),
        PatternKind.Anaphoric => Anaphoric(c),
        PatternKind.Duration or PatternKind.ForDuration or PatternKind.HyphenDuration => Duration(c),
        PatternKind.Decade => Decade(c),
        PatternKind.Year => Year(c),
        PatternKind.Season => Season(c),
        PatternKind.Quarter => Quarter(c),
        PatternKind.Set => Set(c),
        PatternKind.OrdinalDay => OrdinalDay(c),
        _ => null,
    };

    private static TimeExpression Make(in TimeCandidate c, TimeKind kind, string? value, TimeGranularity g, bool under, string? anchor)
        => new(TextSpan.FromBounds(c.Start, c.End), kind, value) { Granularity = g, Underspecified = under, Anchor = anchor };

    private Tense TenseOf(in TimeCandidate c) => TextContext.GuessTense(_text, c.Start, c.End);

    private static string Lower(Group g) => g.Value.ToLowerInvariant();

    /// <summary>Reads "2023-08-06", "2023-08" or "2023" as the start of the period with its precision.</summary>
    private static bool TryParsePoint(string value, out (DateOnly, TimeGranularity, string) point)
    {
        point = default;
        if (TryParseDay(value, out var d)) { point = (d, TimeGranularity.Day, value[..10]); return true; }
        if (value.Length == 7 && value[4] == '-' && int.TryParse(value.AsSpan(0, 4), out int y) && int.TryParse(value.AsSpan(5, 2), out int m) && m is >= 1 and <= 12)
        { point = (new DateOnly(y, m, 1), TimeGranularity.Month, value); return true; }
        if (value.Length == 4 && int.TryParse(value, out int year) && year >= 1)
        { point = (new DateOnly(year, 1, 1), TimeGranularity.Year, value); return true; }
        return false;
    }

    private static bool TryParseDay(string? value, out DateOnly day)
    {
        day = default;
        return value is { Length: >= 10 } && value[4] == '-' && value[7] == '-'
            && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    // ---- explicit calendar dates ----

    private TimeExpression? MonthDay(in TimeCandidate c)
    {
        var m = c.Match;
        int month = CalendarMath.ParseMonth(m.Groups["mon"].ValueSpan);
        int day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        int day2 = m.Groups["day2"].Success ? int.Parse(m.Groups["day2"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["year"].Success)
        {
            int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            return CalendarMath.TryDate(year, month, day, out var d) ? WithDayRange(c, d, day2, "explicit") : null;
        }
        if (day > DateTime.DaysInMonth(2024, month)) return null;
        if (_anchor is not DateOnly a)
            return Make(c, TimeKind.Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}"), TimeGranularity.Day, true, null);
        DayOfWeek? wd = c.Weekday is string w ? CalendarMath.ParseWeekday(w) : null;
        var date = InferYear(a, month, day, TenseOf(c), wd);
        return date is DateOnly r ? WithDayRange(c, r, day2, _anchorLabel) : null;
    }

    /// <summary>"Aug. 9-10" is an interval within the month; a second day that does not follow the first is ignored.</summary>
    private static TimeExpression WithDayRange(in TimeCandidate c, DateOnly first, int day2, string? anchor)
    {
        if (day2 > first.Day && CalendarMath.TryDate(first.Year, first.Month, day2, out var last))
            return Make(c, TimeKind.Interval, CalendarMath.Interval(first, last), TimeGranularity.Day, false, anchor);
        return Make(c, TimeKind.Date, CalendarMath.Day(first), TimeGranularity.Day, false, anchor);
    }

    /// <summary>Picks the year for a month and day: a weekday given with it decides; else the tense (past: the latest on
    /// or before the anchor, future: the earliest on or after); else the nearest.</summary>
    private static DateOnly? InferYear(DateOnly a, int month, int day, Tense tense, DayOfWeek? wd)
    {
        DateOnly? best = null;
        int bestScore = int.MaxValue;
        for (int y = a.Year - 1; y <= a.Year + 1; y++)
        {
            if (!CalendarMath.TryDate(y, month, day, out var d)) continue;
            int diff = d.DayNumber - a.DayNumber;
            int score = Math.Abs(diff) * 2 + (diff > 0 ? 1 : 0);
            if (wd is DayOfWeek w && d.DayOfWeek != w) score += 100_000;
            else if (tense == Tense.Past && diff > 0 || tense == Tense.Future && diff < 0) score += 2 * TensePenaltyDays;
            if (score < bestScore) { bestScore = score; best = d; }
        }
        return best;
    }

    private static TimeExpression? Iso(in TimeCandidate c)
    {
        var m = c.Match;
        int y = int.Parse(m.Groups["year"].ValueSpan), mo = int.Parse(m.Groups["mon"].ValueSpan), d = int.Parse(m.Groups["day"].ValueSpan);
        if (!CalendarMath.TryDate(y, mo, d, out var date)) return null;
        if (m.Groups["h"].Success && int.Parse(m.Groups["h"].ValueSpan) < 24)
            return Make(c, TimeKind.Time, CalendarMath.Day(date) + "T" + m.Groups["h"].Value + ":" + m.Groups["mi"].Value, TimeGranularity.Minute, false, "explicit");
        return Make(c, TimeKind.Date, CalendarMath.Day(date), TimeGranularity.Day, false, "explicit");
    }

    /// <summary>"08/09/2023" is read month first (English-language news); when both readings are valid dates the
    /// expression is flagged underspecified and the anchor says the order was assumed.</summary>
    private static TimeExpression? Numeric(in TimeCandidate c)
    {
        var m = c.Match;
        int a = int.Parse(m.Groups["a"].ValueSpan), b = int.Parse(m.Groups["b"].ValueSpan), y = int.Parse(m.Groups["y"].ValueSpan);
        if (m.Groups["y"].Length == 2) y += y < 50 ? 2000 : 1900;
        bool dayFirst = c.Kind == PatternKind.DottedDmy || a > 12;
        int month = dayFirst ? b : a, day = dayFirst ? a : b;
        if (!CalendarMath.TryDate(y, month, day, out var d)) return null;
        bool ambiguous = c.Kind == PatternKind.Slash && a <= 12 && b <= 12 && a != b;
        return Make(c, TimeKind.Date, CalendarMath.Day(d), TimeGranularity.Day, ambiguous, ambiguous ? "explicit:month-first" : "explicit");
    }

    private TimeExpression? MonthName(in TimeCandidate c)
    {
        var m = c.Match;
        int month = CalendarMath.ParseMonth(m.Groups["mon"].ValueSpan);
        string? mod = c.Modifier;
        int year;
        string? anchor;
        if (m.Groups["year"].Success) { year = int.Parse(m.Groups["year"].ValueSpan); anchor = "explicit"; }
        else if (_anchor is DateOnly a)
        {
            int am = a.Year * 12 + a.Month - 1;
            string rel = c.Relation ?? "";
            var tense = rel switch { "last" => Tense.Past, "next" => Tense.Future, _ => TenseOf(c) };
            int best = -1, bestScore = int.MaxValue;
            for (int y = a.Year - 1; y <= a.Year + 1; y++)
            {
                int idx = y * 12 + month - 1, diff = idx - am;
                int score = Math.Abs(diff) * 2 + (diff > 0 ? 1 : 0);
                if (rel == "last" && diff >= 0 || rel == "next" && diff <= 0) score += 100_000;
                else if (rel == "this" && y != a.Year) score += 100_000;
                else if (tense == Tense.Past && diff > 0 || tense == Tense.Future && diff < 0) score += 2 * TensePenaltyMonths;
                if (score < bestScore) { bestScore = score; best = y; }
            }
            year = best;
            anchor = _anchorLabel;
        }
        else
        {
            string v = string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");
            return Make(c, TimeKind.Date, v, TimeGranularity.Month, true, null);
        }
        var (kind, value, g) = MonthWithModifier(year, month, mod);
        return Make(c, kind, value, g, false, anchor);
    }

    /// <summary>"early August" → days 1–10, "mid-August" 11–20, "late August" 21–end, "the end of August" → its last day.</summary>
    private static (TimeKind, string, TimeGranularity) MonthWithModifier(int year, int month, string? mod)
    {
        var first = new DateOnly(year, month, 1);
        var last = CalendarMath.MonthEnd(year, month);
        return mod switch
        {
            null => (TimeKind.Date, CalendarMath.Month(year, month), TimeGranularity.Month),
            "the end of" or "end" => (TimeKind.Date, CalendarMath.Day(last), TimeGranularity.Day),
            "the start of" or "the beginning of" or "start" => (TimeKind.Date, CalendarMath.Day(first), TimeGranularity.Day),
            "early" => (TimeKind.Interval, CalendarMath.Interval(first, first.AddDays(9)), TimeGranularity.Day),
            "mid" or "the middle of" => (TimeKind.Interval, CalendarMath.Interval(first.AddDays(10), first.AddDays(19)), TimeGranularity.Day),
            _ => (TimeKind.Interval, CalendarMath.Interval(first.AddDays(20), last), TimeGranularity.Day),
        };
    }

    private static string NormalizeSpaces(string s)
    {
        if (!s.Contains("  ") && !s.Contains('\n') && !s.Contains('\t') && !s.Contains('\r')) return s;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // ---- weekdays and days relative to the anchor ----

    private TimeExpression Weekday(in TimeCandidate c)
    {
        var m = c.Match;
        var target = CalendarMath.ParseWeekday(m.Groups["wd"].ValueSpan);
        string rel = c.Relation ?? "";
        string pod = m.Groups["pod"].Success ? CalendarMath.PartOfDay(m.Groups["pod"].ValueSpan)
            : rel == "early" ? "MO" : rel == "late" ? "NI" : "";
        var kind = pod.Length > 0 ? TimeKind.Time : TimeKind.Date;
        var g = pod.Length > 0 ? TimeGranularity.PartOfDay : TimeGranularity.Day;
        string suffix = pod.Length > 0 ? "T" + pod : "";
        if (_anchor is not DateOnly a)
            return Make(c, kind, "XXXX-WXX-" + CalendarMath.IsoWeekday(target).ToString(CultureInfo.InvariantCulture) + suffix, g, true, null);
        int back = ((int)a.DayOfWeek - (int)target + 7) % 7;
        int ahead = ((int)target - (int)a.DayOfWeek + 7) % 7;
        DateOnly d = rel switch
        {
            "last" => a.AddDays(-(back == 0 ? 7 : back)),
            "next" => a.AddDays(ahead == 0 ? 7 : ahead),
            // News convention: a bare weekday in a report is the latest such day on or before publication,
            // unless the clause looks ahead ("will meet on Thursday").
            _ => TenseOf(c) == Tense.Future ? a.AddDays(ahead) : a.AddDays(-back),
        };
        return Make(c, kind, CalendarMath.Day(d) + suffix, g, false, _anchorLabel);
    }

    private TimeExpression RelativeDay(in TimeCandidate c)
    {
        var m = c.Match;
        string w = NormalizeSpaces(Lower(m.Groups["w"]));
        (int offset, string pod) = w switch
        {
            "yesterday" => (-1, ""),
            "tomorrow" => (1, ""),
            "tonight" => (0, "NI"),
            "last night" => (-1, "NI"),
            "this morning" => (0, "MO"),
            "this afternoon" => (0, "AF"),
            "this evening" => (0, "EV"),
            _ => (0, ""),
        };
        if (m.Groups["pod"].Success) pod = CalendarMath.PartOfDay(m.Groups["pod"].ValueSpan);
        var kind = pod.Length > 0 ? TimeKind.Time : TimeKind.Date;
        var g = pod.Length > 0 ? TimeGranularity.PartOfDay : TimeGranularity.Day;
        if (_anchor is not DateOnly a) return Make(c, kind, null, g, true, null);
        return Make(c, kind, CalendarMath.Day(a.AddDays(offset)) + (pod.Length > 0 ? "T" + pod : ""), g, false, _anchorLabel);
    }

    private TimeExpression? OrdinalDay(in TimeCandidate c)
    {
        int day = int.Parse(c.Match.Groups["day"].ValueSpan);
        if (_anchor is not DateOnly a)
            return Make(c, TimeKind.Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-XX-{day:D2}"), TimeGranularity.Day, true, null);
        var tense = TenseOf(c);
        DateOnly? best = null;
        int bestScore = int.MaxValue;
        for (int k = -1; k <= 1; k++)
        {
            var month = new DateOnly(a.Year, a.Month, 1).AddMonths(k);
            if (!CalendarMath.TryDate(month.Year, month.Month, day, out var d)) continue;
            int diff = d.DayNumber - a.DayNumber;
            int score = Math.Abs(diff) * 2 + (diff > 0 ? 1 : 0);
            if (tense == Tense.Past && diff > 0 || tense == Tense.Future && diff < 0) score += 2 * TensePenaltyOrdinalDays;
            if (score < bestScore) { bestScore = score; best = d; }
        }
        return best is DateOnly r ? Make(c, TimeKind.Date, CalendarMath.Day(r), TimeGranularity.Day, false, _anchorLabel) : null;
    }

    // ---- periods relative to the anchor: weeks, months, quarters, years ----

    private TimeExpression RelativePeriod(in TimeCandidate c)
    {
        var m = c.Match;
        string rel = c.Kind == PatternKind.EdgeOfPeriod ? "this" : NormalizeSpaces(Lower(m.Groups["rel"])) switch { "this past" => "last", var r => r };
        string unitWord = Lower(m.Groups["unit"]);
        string? mod = c.Kind == PatternKind.EdgeOfPeriod ? NormalizeSpaces(Lower(m.Groups["mod"])) + " of" : c.Modifier;
        var unit = unitWord == "weekend" ? TimeUnit.Day : CalendarMath.ParseUnit(unitWord);
        if (_anchor is not DateOnly a) return Make(c, TimeKind.Interval, null, CalendarMath.Granularity(unit), true, null);
        var p = unitWord == "weekend" ? Weekend(a, rel) : Period(a, rel, unit);
        var (kind, value, g) = mod is null ? (p.Kind, p.Value, p.Granularity) : WithModifier(p, mod, a);
        return Make(c, kind, value, g, false, _anchorLabel);
    }

    /// <summary>"over the weekend": the last weekend in a report, the coming one when the clause looks ahead.</summary>
    private TimeExpression TheWeekend(in TimeCandidate c)
    {
        if (_anchor is not DateOnly a) return Make(c, TimeKind.Interval, null, TimeGranularity.Day, true, null);
        bool onWeekend = a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        string rel = onWeekend ? "this" : TenseOf(c) == Tense.Future ? "this" : "last";
        var p = Weekend(a, rel);
        return Make(c, p.Kind, p.Value, p.Granularity, false, _anchorLabel);
    }

    /// <summary>A calendar period around the anchor and its natural value ("2023-07", "2022", "2023-Q2", or days).</summary>
    private readonly record struct CalendarPeriod(DateOnly Start, DateOnly End, TimeUnit Unit, TimeKind Kind, string Value, TimeGranularity Granularity);

    private static CalendarPeriod Period(DateOnly a, string rel, TimeUnit unit)
    {
        if (rel is "the past" or "the coming")
        {
            var other = CalendarMath.Add(a, rel == "the past" ? -1 : 1, unit);
            var (s, e) = rel == "the past" ? (other, a) : (a, other);
            return new(s, e, unit, TimeKind.Interval, CalendarMath.Interval(s, e), CalendarMath.Granularity(unit));
        }
        int k = rel switch { "last" => -1, "next" => 1, _ => 0 };
        switch (unit)
        {
            case TimeUnit.Week:
                {
                    var s = CalendarMath.WeekStart(a).AddDays(7 * k);
                    return new(s, s.AddDays(6), unit, TimeKind.Interval, CalendarMath.Interval(s, s.AddDays(6)), TimeGranularity.Week);
                }
            case TimeUnit.Month:
                {
                    var s = new DateOnly(a.Year, a.Month, 1).AddMonths(k);
                    return new(s, CalendarMath.MonthEnd(s.Year, s.Month), unit, TimeKind.Date, CalendarMath.Month(s), TimeGranularity.Month);
                }
            case TimeUnit.Quarter:
                {
                    var s = new DateOnly(a.Year, (CalendarMath.Quarter(a.Month) - 1) * 3 + 1, 1).AddMonths(3 * k);
                    var e = s.AddMonths(3).AddDays(-1);
                    return new(s, e, unit, TimeKind.Date, CalendarMath.Year(s.Year) + "-Q" + CalendarMath.Quarter(s.Month).ToString(CultureInfo.InvariantCulture), TimeGranularity.Quarter);
                }
            case TimeUnit.Decade:
                {
                    int y = a.Year / 10 * 10 + 10 * k;
                    return new(new DateOnly(y, 1, 1), new DateOnly(y + 9, 12, 31), unit, TimeKind.Interval, CalendarMath.Year(y) + "/" + CalendarMath.Year(y + 9), TimeGranularity.Year);
                }
            default:
                {
                    int y = a.Year + k;
                    return new(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), TimeUnit.Year, TimeKind.Date, CalendarMath.Year(y), TimeGranularity.Year);
                }
        }
    }

    /// <summary>"last weekend" is the Saturday–Sunday before the current week's; "this/next weekend" the coming one
    /// (or the current one when published on a weekend).</summary>
    private static CalendarPeriod Weekend(DateOnly a, string rel)
    {
        int sinceSaturday = ((int)a.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        bool onWeekend = a.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var latestSaturday = a.AddDays(-sinceSaturday);
        DateOnly s = rel switch
        {
            "last" or "the past" => onWeekend ? latestSaturday.AddDays(-7) : latestSaturday,
            "next" => onWeekend ? latestSaturday.AddDays(7) : latestSaturday.AddDays(7),
            _ => onWeekend ? latestSaturday : latestSaturday.AddDays(7),
        };
        return new(s, s.AddDays(1), TimeUnit.Day, TimeKind.Interval, CalendarMath.Interval(s, s.AddDays(1)), TimeGranularity.Day);
    }

    /// <summary>Modifiers split a period in thirds ("early", "mid", "late"), take its edge ("the end of"), or cut it at
    /// the anchor ("earlier this year", "later this month", "the rest of"). Years are split by months, shorter
    /// periods by days.</summary>
    private static (TimeKind, string, TimeGranularity) WithModifier(CalendarPeriod p, string mod, DateOnly a)
    {
        bool byMonth = p.Unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Quarter;
        string Range(DateOnly s, DateOnly e) => byMonth
            ? (s.Year == e.Year && s.Month == e.Month ? CalendarMath.Month(s) : CalendarMath.Month(s) + "/" + CalendarMath.Month(e))
            : CalendarMath.Interval(s, e);
        var g = byMonth ? TimeGranularity.Month : TimeGranularity.Day;
        var kindOf = (DateOnly s, DateOnly e) => byMonth ? (s.Year == e.Year && s.Month == e.Month ? TimeKind.Date : TimeKind.Interval)
            : s == e ? TimeKind.Date : TimeKind.Interval;
        DateOnly start = p.Start, end = p.End;
        switch (mod)
        {
            case "earlier": end = a < p.End ? a : p.End; break;
            case "later" or "the rest of": start = a > p.Start ? a : p.Start; break;
            case "the end of": start = byMonth ? new DateOnly(end.Year, end.Month, 1) : end; break;
            case "the start of" or "the beginning of": end = byMonth ? CalendarMath.MonthEnd(start.Year, start.Month) : start; break;
            default:
                {
                    int third = mod switch { "early" => 0, "late" => 2, _ => 1 };
                    if (byMonth)
                    {
                        int months = (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
                        int len = Math.Max(1, months / 3);
                        var s = start.AddMonths(third * len);
                        var e = third == 2 ? new DateOnly(end.Year, end.Month, 1) : s.AddMonths(len - 1);
                        start = s;
                        end = CalendarMath.MonthEnd(e.Year, e.Month);
                    }
                    else
                    {
                        int days = end.DayNumber - start.DayNumber + 1;
                        int len = Math.Max(1, days / 3);
                        var s = start.AddDays(third * len);
                        end = third == 2 ? end : s.AddDays(len - 1);
                        start = s;
                    }
                    break;
                }
        }
        if (start > end) start = end;
        return (kindOf(start, end), Range(start, end), g);
    }

    // ---- offsets from the anchor, from the last date, or from an event ----

    private TimeExpression Offset(in TimeCandidate c)
    {
        var m = c.Match;
        double? count = CalendarMath.ParseCount(m.Groups["n"].ValueSpan);
        var unit = CalendarMath.ParseUnit(m.Groups["unit"].ValueSpan);
        string dir = NormalizeSpaces(Lower(m.Groups["dir"]));
        string reference = _text.AsSpan(m.Index + m.Length, c.End - m.Index - m.Length).Trim().ToString();
        bool hedged = c.Modifier is not null;
        int sign = dir is "ago" or "earlier" or "before" or "previously" ? -1 : 1;
        DateOnly? baseDay;
        string? label;
        if (dir is "ago" or "from now")
        {
            baseDay = _anchor;
            label = _anchorLabel;
        }
        else if (reference.Length > 0 && (!CandidateFilter.IsDemonstrative(reference) || _lastPointUnresolved))
        {
            return Make(c, TimeKind.Date, null, CalendarMath.Granularity(unit), true, "event:" + reference);
        }
        else if (_lastPoint is { } p && Coarse(unit) >= Coarse(p.Granularity))
        {
            // "born in 1961 … ten years later": the last date counts when it is at least as precise as the offset.
            baseDay = p.Start;
            label = "previous:" + p.Value;
        }
        else
        {
            baseDay = null;
            label = null;
        }
        var g = CalendarMath.Granularity(unit);
        if (baseDay is not DateOnly b || count is not double n || n != Math.Floor(n))
            return Make(c, TimeKind.Date, null, g, true, label);
        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
        {
            if (dir is "ago" or "from now" && _anchorDateTime is DateTime t)
            {
                var moved = unit switch { TimeUnit.Hour => t.AddHours(sign * n), TimeUnit.Minute => t.AddMinutes(sign * n), _ => t.AddSeconds(sign * n) };
                return Make(c, TimeKind.Time, moved.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), g, hedged, label);
            }
            // Without a clock time to start from, only the day is known.
            return Make(c, TimeKind.Date, CalendarMath.Day(b), TimeGranularity.Day, true, label);
        }
        if (!CalendarMath.TryAdd(b, sign * (int)n, unit, out var d)) return Make(c, TimeKind.Date, null, g, true, label);
        return Make(c, TimeKind.Date, CalendarMath.AtPrecision(d, unit), g, hedged, label);
    }

    /// <summary>Orders precisions from fine to coarse so an offset can be checked against its base.</summary>
    private static int Coarse(TimeUnit unit) => unit switch
    {
        TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => 3,
        TimeUnit.Month or TimeUnit.Quarter => 2,
        _ => 1,
    };

    private static int Coarse(TimeGranularity g) => g switch
    {
        TimeGranularity.Year => 3,
        TimeGranularity.Month or TimeGranularity.Quarter => 2,
        _ => 1,
    };

    private TimeExpression EventWindow(in TimeCandidate c)
    {
        var m = c.Match;
        var unit = CalendarMath.ParseUnit(m.Groups["unit"].ValueSpan);
        int refStart = m.Index + m.Length;
        string reference = _text.AsSpan(refStart, c.End - refStart).Trim().ToString();
        string? anchor = reference.Length == 0 ? null
            : CandidateFilter.IsDemonstrative(reference) && !_lastPointUnresolved && _lastDay is DateOnly l ? "previous:" + CalendarMath.Day(l)
            : "event:" + reference;
        return Make(c, TimeKind.Interval, null, CalendarMath.Granularity(unit), true, anchor);
    }

    /// <summary>"the next day", "later that day", "the day after (the vote)", "the following week".</summary>
    private TimeExpression Anaphoric(in TimeCandidate c)
    {
        var m = c.Match;
        string w = NormalizeSpaces(Lower(m.Groups["w"]));
        string[] parts = w.Split(' ');
        string reference = _text.AsSpan(m.Index + m.Length, c.End - m.Index - m.Length).Trim().ToString();
        int step;
        string noun;
        if (parts[0] == "the" && parts[1] is "next" or "following") { step = 1; noun = parts[2]; }
        else if (parts[0] == "the" && parts[1] is "previous" or "prior" or "preceding") { step = -1; noun = parts[2]; }
        else if (parts[0] == "the" && parts[^1] is "before" or "after") { step = parts[^1] == "after" ? 1 : -1; noun = parts[1]; }
        else { step = 0; noun = parts[^1]; }
        string pod = noun is "morning" or "afternoon" or "evening" or "night" ? CalendarMath.PartOfDay(noun) : "";
        var unit = noun switch { "week" => TimeUnit.Week, "month" => TimeUnit.Month, "year" => TimeUnit.Year, _ => TimeUnit.Day };
        var g = pod.Length > 0 ? TimeGranularity.PartOfDay : CalendarMath.Granularity(unit);
        var kind = pod.Length > 0 ? TimeKind.Time : unit == TimeUnit.Week || noun == "weekend" ? TimeKind.Interval : TimeKind.Date;
        if (reference.Length > 0 && !CandidateFilter.IsDemonstrative(reference))
            return Make(c, kind, null, g, true, "event:" + reference);
        DateOnly? baseDay = _lastDay;
        string? label = _lastDay is DateOnly l ? "previous:" + CalendarMath.Day(l) : null;
        if (baseDay is null && unit != TimeUnit.Day) { baseDay = _anchor; label = _anchorLabel; }
        if (baseDay is not DateOnly b) return Make(c, kind, null, g, true, null);
        string value;
        if (noun == "weekend")
        {
            int toSat = ((int)DayOfWeek.Saturday - (int)b.DayOfWeek + 7) % 7;
            var sat = b.AddDays(step >= 0 ? (toSat == 0 && step > 0 ? 7 : toSat) : toSat - 7);
            value = CalendarMath.Interval(sat, sat.AddDays(1));
        }
        else if (unit == TimeUnit.Week)
        {
            var s = CalendarMath.WeekStart(b).AddDays(7 * step);
            value = CalendarMath.Interval(s, s.AddDays(6));
        }
        else
        {
            value = CalendarMath.AtPrecision(CalendarMath.Add(b, step, unit), unit) + (pod.Length > 0 ? "T" + pod : "");
        }
        return Make(c, kind, value, g, false, label);
    }

    // ---- durations, years, decades, seasons, quarters, sets ----

    private static TimeExpression Duration(in TimeCandidate c)
    {
        var m = c.Match;
        var unit = CalendarMath.ParseUnit(m.Groups["unit"].ValueSpan);
        double? count = m.Groups["n"].Success ? CalendarMath.ParseCount(m.Groups["n"].ValueSpan) : null;
        return Make(c, TimeKind.Duration, CalendarMath.Duration(count, unit), CalendarMath.Granularity(unit), count is null, null);
    }

    private TimeExpression Decade(in TimeCandidate c)
    {
        var m = c.Match;
        int start;
        if (m.Groups["dec"].Success) start = int.Parse(m.Groups["dec"].ValueSpan);
        else
        {
            int d = int.Parse(m.Groups["dec2"].ValueSpan);
            int century = _anchor is DateOnly a ? a.Year / 100 * 100 : 2000;
            start = century + d <= (_anchor?.Year ?? 2029) ? century + d : century - 100 + d;
        }
        (int s, int e) = c.Modifier is not null ? c.Modifier switch
        {
            "early" => (start, start + 3),
            "mid" => (start + 3, start + 6),
            _ => (start + 7, start + 9),
        } : (start, start + 9);
        return Make(c, TimeKind.Interval, CalendarMath.Year(s) + "/" + CalendarMath.Year(e), TimeGranularity.Year, false, "explicit");
    }

    private static TimeExpression Year(in TimeCandidate c)
    {
        var m = c.Match;
        int y = int.Parse(m.Groups["year"].ValueSpan);
        if (c.Modifier is null)
            return Make(c, TimeKind.Date, CalendarMath.Year(y), TimeGranularity.Year, false, "explicit");
        var p = new CalendarPeriod(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), TimeUnit.Year, TimeKind.Date, CalendarMath.Year(y), TimeGranularity.Year);
        string mod = c.Modifier switch { "end" => "the end of", "start" => "the start of", var x => x };
        var (kind, value, g) = WithModifier(p, mod, new DateOnly(y, 7, 1));
        return Make(c, kind, value, g, false, "explicit");
    }

    private TimeExpression Season(in TimeCandidate c)
    {
        var m = c.Match;
        int startMonth = Lower(m.Groups["season"]) switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
        int year;
        string? anchor;
        if (m.Groups["year"].Success) { year = int.Parse(m.Groups["year"].ValueSpan); anchor = "explicit"; }
        else if (_anchor is DateOnly a)
        {
            string rel = c.Relation ?? "";
            int am = a.Year * 12 + a.Month - 1;
            year = a.Year;
            int bestScore = int.MaxValue;
            for (int y = a.Year - 2; y <= a.Year + 1; y++)
            {
                int s = y * 12 + startMonth - 1, e = s + 2;
                int score = rel switch
                {
                    "last" => e < am ? am - e : int.MaxValue,
                    "next" => s > am ? s - am : int.MaxValue,
                    _ => s <= am && am <= e ? 0 : Math.Abs(s - am) + 1,
                };
                if (score < bestScore) { bestScore = score; year = y; }
            }
            anchor = _anchorLabel;
        }
        else return Make(c, TimeKind.Interval, null, TimeGranularity.Month, true, null);
        var first = new DateOnly(year, startMonth, 1);
        var last = first.AddMonths(2);
        return Make(c, TimeKind.Interval, CalendarMath.Month(first) + "/" + CalendarMath.Month(last), TimeGranularity.Month, false, anchor);
    }

    private TimeExpression Quarter(in TimeCandidate c)
    {
        var m = c.Match;
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].ValueSpan) : null;
        string? anchor = year is null ? _anchorLabel : "explicit";
        if (year is null && _anchor is DateOnly a)
            year = a.Year + (m.Groups["rel"].Success ? Lower(m.Groups["rel"]) switch { "last" => -1, "next" => 1, _ => 0 } : 0);
        int q = m.Groups["q"].Success ? m.Groups["q"].ValueSpan[0] - '0' : m.Groups["qw"].Success ? Lower(m.Groups["qw"]) switch
        {
            "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4,
        } : 0;
        // "reported fourth-quarter revenue" in March: a quarter still ahead this year is last year's unless the clause looks ahead.
        if (q > 0 && anchor == _anchorLabel && !m.Groups["rel"].Success && _anchor is DateOnly pa && q > CalendarMath.Quarter(pa.Month) && TenseOf(c) != Tense.Future)
            year--;
        string y = year is int yy ? CalendarMath.Year(yy) : "XXXX";
        if (m.Groups["hw"].Success)
        {
            bool first = Lower(m.Groups["hw"]) == "first";
            string value = y + (first ? "-01/" : "-07/") + y + (first ? "-06" : "-12");
            return Make(c, TimeKind.Interval, value, TimeGranularity.Month, year is null, anchor);
        }
        return Make(c, TimeKind.Date, y + "-Q" + q.ToString(CultureInfo.InvariantCulture), TimeGranularity.Quarter, year is null, anchor);
    }

    private static TimeExpression Set(in TimeCandidate c)
    {
        var m = c.Match;
        var wdGroup = m.Groups["wd"].Success ? m.Groups["wd"] : m.Groups["wdp"];
        if (wdGroup.Success)
        {
            int iso = CalendarMath.IsoWeekday(CalendarMath.ParseWeekday(wdGroup.ValueSpan));
            return Make(c, TimeKind.Set, "XXXX-WXX-" + iso.ToString(CultureInfo.InvariantCulture), TimeGranularity.Day, false, null);
        }
        string unitWord = Lower(m.Groups["unit"]).TrimEnd('s');
        if (unitWord is "morning" or "afternoon" or "evening" or "night")
            return Make(c, TimeKind.Set, "XXXX-XX-XXT" + CalendarMath.PartOfDay(unitWord), TimeGranularity.PartOfDay, false, null);
        if (unitWord == "weekend")
            return Make(c, TimeKind.Set, "XXXX-WXX-WE", TimeGranularity.Week, false, null);
        double n = 1;
        if (m.Groups["n"].Success)
            n = Lower(m.Groups["n"]) == "other" ? 2 : CalendarMath.ParseCount(m.Groups["n"].ValueSpan) ?? 1;
        var unit = CalendarMath.ParseUnit(unitWord);
        return Make(c, TimeKind.Set, CalendarMath.Duration(n, unit), CalendarMath.Granularity(unit), false, null);
    }

    // ---- clock times take their day from a neighbouring date, else from the anchor ----

    private TimeExpression? ResolveClock(List<TimeCandidate> chosen, TimeExpression?[] resolved, int i)
    {
        var c = chosen[i];
        var m = c.Match;
        int hour, minute = 0;
        bool hasMinutes = false;
        if (c.Kind == PatternKind.NamedTime)
            hour = Lower(m.Groups["w"]) == "midnight" ? 0 : 12;
        else
        {
            hour = int.Parse(m.Groups["h"].ValueSpan);
            if (m.Groups["mi"].Success) { minute = int.Parse(m.Groups["mi"].ValueSpan); hasMinutes = true; }
            if (c.Kind == PatternKind.ClockTime)
            {
                bool pm = m.Groups["ap"].ValueSpan[0] is 'p' or 'P';
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
        string clock = string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        var g = hasMinutes ? TimeGranularity.Minute : TimeGranularity.Hour;
        int sentenceStart = TextContext.SentenceStart(_text, c.Start);
        for (int j = i - 1; j >= 0; j--)
        {
            if (chosen[j].End < c.Start - _options.TimeAttachDistance || chosen[j].Start < sentenceStart) break;
            if (resolved[j] is { Underspecified: false } r && TryParseDay(r.Value, out var d))
                return Make(c, TimeKind.Time, CalendarMath.Day(d) + clock, g, false, "previous:" + CalendarMath.Day(d));
        }
        if (i + 1 < chosen.Count && resolved[i + 1] is { Underspecified: false } next && chosen[i + 1].Start - c.End <= 5
            && _text.AsSpan(c.End, chosen[i + 1].Start - c.End).Trim() is "" or "on" or "," && TryParseDay(next.Value, out var nd))
            return Make(c, TimeKind.Time, CalendarMath.Day(nd) + clock, g, false, "next:" + CalendarMath.Day(nd));
        if (_anchor is DateOnly a) return Make(c, TimeKind.Time, CalendarMath.Day(a) + clock, g, false, _anchorLabel);
        return Make(c, TimeKind.Time, "XXXX-XX-XX" + clock, g, true, null);
    }
}
