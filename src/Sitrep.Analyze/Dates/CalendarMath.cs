using System.Globalization;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Dates;

/// <summary>Date arithmetic and ISO 8601 / TIMEX3 value formatting.</summary>
internal static class CalendarMath
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Month(int year, int month) => string.Create(Inv, $"{year:D4}-{month:D2}");

    public static string Month(DateOnly d) => Month(d.Year, d.Month);

    public static string Year(int year) => year.ToString("D4", Inv);

    public static string Interval(DateOnly a, DateOnly b) => Day(a) + "/" + Day(b);

    public static string MonthInterval(int y1, int m1, int y2, int m2) => Month(y1, m1) + "/" + Month(y2, m2);

    public static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static int Quarter(int month) => (month - 1) / 3 + 1;

    /// <summary>Month number from a name or abbreviation ("Aug.", "Sept", "August"); 0 when it is not one.</summary>
    public static int ParseMonth(ReadOnlySpan<char> name)
    {
        if (name.Length < 3) return 0;
        return (char.ToLowerInvariant(name[0]), char.ToLowerInvariant(name[1]), char.ToLowerInvariant(name[2])) switch
        {
            ('j', 'a', 'n') => 1, ('f', 'e', 'b') => 2, ('m', 'a', 'r') => 3, ('a', 'p', 'r') => 4, ('m', 'a', 'y') => 5,
            ('j', 'u', 'n') => 6, ('j', 'u', 'l') => 7, ('a', 'u', 'g') => 8, ('s', 'e', 'p') => 9, ('o', 'c', 't') => 10,
            ('n', 'o', 'v') => 11, ('d', 'e', 'c') => 12, _ => 0,
        };
    }

    public static DayOfWeek ParseWeekday(ReadOnlySpan<char> name) => (char.ToLowerInvariant(name[0]), char.ToLowerInvariant(name[1])) switch
    {
        ('m', _) => DayOfWeek.Monday, ('t', 'u') => DayOfWeek.Tuesday, ('w', _) => DayOfWeek.Wednesday,
        ('t', _) => DayOfWeek.Thursday, ('f', _) => DayOfWeek.Friday, ('s', 'a') => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
    };

    /// <summary>ISO weekday number, Monday = 1 … Sunday = 7.</summary>
    public static int IsoWeekday(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;

    /// <summary>TIMEX3 part-of-day code: MO, AF, EV, NI.</summary>
    public static string PartOfDay(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return "";
        return char.ToLowerInvariant(word[0]) switch { 'm' => "MO", 'a' => "AF", 'e' => "EV", _ => "NI" };
    }

    public static TimeUnit ParseUnit(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return TimeUnit.None;
        return (char.ToLowerInvariant(word[0]), char.ToLowerInvariant(word[1])) switch
        {
            ('s', _) => TimeUnit.Second, ('m', 'i') => TimeUnit.Minute, ('h', _) => TimeUnit.Hour, ('d', 'a') => TimeUnit.Day,
            ('n', _) => TimeUnit.Day, ('w', _) => TimeUnit.Week, ('m', 'o') => TimeUnit.Month, ('q', _) => TimeUnit.Quarter,
            ('y', _) => TimeUnit.Year, ('d', 'e') => TimeUnit.Decade, ('c', _) => TimeUnit.Century, _ => TimeUnit.None,
        };
    }

    public static TimeGranularity Granularity(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute => TimeGranularity.Minute,
        TimeUnit.Hour => TimeGranularity.Hour,
        TimeUnit.Day => TimeGranularity.Day,
        TimeUnit.Week => TimeGranularity.Week,
        TimeUnit.Month => TimeGranularity.Month,
        TimeUnit.Quarter => TimeGranularity.Quarter,
        TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => TimeGranularity.Year,
        _ => TimeGranularity.Unknown,
    };

    /// <summary>Parses a count: digits, a number word, "a"/"an" (1), "half a/an" (0.5); null for vague counts ("several").</summary>
    public static double? ParseCount(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length == 0) return null;
        if (char.IsAsciiDigit(text[0]))
            return double.TryParse(text, NumberStyles.AllowDecimalPoint, Inv, out double d) ? d : null;
        if (text.Equals("a", StringComparison.OrdinalIgnoreCase) || text.Equals("an", StringComparison.OrdinalIgnoreCase)) return 1;
        if (text.StartsWith("half", StringComparison.OrdinalIgnoreCase)) return 0.5;
        int v = Quantities.NumberWords.ParseSmall(text);
        return v >= 0 ? v : null;
    }

    /// <summary>ISO 8601 duration: "PT2H", "P3Y", "P10Y" (a decade); "PXY" when the count is unknown.</summary>
    public static string Duration(double? count, TimeUnit unit)
    {
        if (count is double c && c != Math.Floor(c))
        {
            // Fractions go one unit down so the value stays an integer: half an hour is PT30M.
            (double f, TimeUnit u) = unit switch
            {
                TimeUnit.Hour => (c * 60, TimeUnit.Minute),
                TimeUnit.Day => (c * 24, TimeUnit.Hour),
                TimeUnit.Year => (c * 12, TimeUnit.Month),
                TimeUnit.Minute => (c * 60, TimeUnit.Second),
                TimeUnit.Week => (c * 7, TimeUnit.Day),
                _ => (c, unit),
            };
            if (f == Math.Floor(f)) { count = f; unit = u; }
        }
        string n = count is double k ? k.ToString("0.##", Inv) : "X";
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => count is double q ? $"P{(q * 3).ToString("0.##", Inv)}M" : "PXM",
            TimeUnit.Year => $"P{n}Y",
            TimeUnit.Decade => count is double e ? $"P{(e * 10).ToString("0.##", Inv)}Y" : "PXY",
            TimeUnit.Century => count is double y ? $"P{(y * 100).ToString("0.##", Inv)}Y" : "PXY",
            _ => "PX",
        };
    }

    /// <summary>Moves a date by a whole number of units (weeks as 7 days, decades as 10 years).</summary>
    public static DateOnly Add(DateOnly d, int n, TimeUnit unit) => unit switch
    {
        TimeUnit.Day => d.AddDays(n),
        TimeUnit.Week => d.AddDays(7 * n),
        TimeUnit.Month => d.AddMonths(n),
        TimeUnit.Quarter => d.AddMonths(3 * n),
        TimeUnit.Year => d.AddYears(n),
        TimeUnit.Decade => d.AddYears(10 * n),
        TimeUnit.Century => d.AddYears(100 * n),
        _ => d,
    };

    /// <summary>Like <see cref="Add"/>, but false instead of an overflow when the result leaves years 1–9999
    /// ("9999 decades ago").</summary>
    public static bool TryAdd(DateOnly d, int n, TimeUnit unit, out DateOnly result)
    {
        result = d;
        long months = unit switch
        {
            TimeUnit.Month => n, TimeUnit.Quarter => 3L * n, TimeUnit.Year => 12L * n,
            TimeUnit.Decade => 120L * n, TimeUnit.Century => 1200L * n, _ => 0,
        };
        long days = unit switch { TimeUnit.Day => n, TimeUnit.Week => 7L * n, _ => 0 };
        long year = d.Year + (months + (d.Month - 1)) / 12 + days / 365;
        if (year is < 2 or > 9998) return false;
        result = Add(d, n, unit);
        return true;
    }

    /// <summary>A date value at the precision of <paramref name="unit"/>: "2023-08-09", "2023-08", "2023".</summary>
    public static string AtPrecision(DateOnly d, TimeUnit unit) => unit switch
    {
        TimeUnit.Month or TimeUnit.Quarter => Month(d),
        TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century => Year(d.Year),
        _ => Day(d),
    };

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
