using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata;

/// <summary>Parses the date strings found in metadata and bylines: ISO 8601 (with or without time and offset),
/// compact 20230809, RFC 1123, dd.mm.yyyy, d/m/yyyy, written dates in English, German, Spanish and French
/// ("August 9, 2023", "9. August 2023", "9 de agosto de 2023", "9 août 2023"), Chinese, Japanese and Korean dates
/// ("2024年8月5日"), plus dates in URL paths.</summary>
internal static partial class MetaDate
{
    /// <param name="Utc">The text gave the time in UTC explicitly (Z, +00:00, GMT), not in the newsroom's own zone.</param>
    /// <param name="SwappedDayMonth">For a numeric date whose day and month could be read either way (05/06/2022),
    /// the other reading.</param>
    /// <param name="HasOffset">The time is tied to a zone (an offset, Z, GMT, or a conversion into the newsroom's
    /// zone); false for a wall-clock time printed without one.</param>
    /// <param name="MonthFirstReading">For a slash date that reads either way (05/06/2022), the month-first reading a
    /// page written for the United States means.</param>
    internal readonly record struct Parsed(DateTimeOffset Value, bool HasTime, bool Utc = false, DateTimeOffset? SwappedDayMonth = null, bool HasOffset = false,
        DateTimeOffset? MonthFirstReading = null);

    /// <summary>The same instant on the wall clock of <paramref name="zone"/>, for a UTC timestamp with a time;
    /// other values unchanged.</summary>
    internal static Parsed InZone(Parsed parsed, TimeZoneInfo? zone)
        => zone is null || !parsed.Utc || !parsed.HasTime ? parsed : parsed with { Value = TimeZoneInfo.ConvertTime(parsed.Value, zone), Utc = false, HasOffset = true };

    private const int MinYear = 1990;

    internal static bool TryParse(string? raw, out Parsed parsed)
    {
        parsed = default;
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 200 || !HasDigit(raw)) return false;
        var s = raw.Trim();
        if (TryIso(s, out parsed)) return true;
        if (!(TryCompact(s, out parsed) || TryNumeric(s, out parsed) || TryWritten(s, out parsed) || TryCjk(s, out parsed) || TryRfc(s, out parsed) || TryIsoInText(s, out parsed))) return false;
        // "Wed, 04 May 2022 02:41:00 GMT": a written date whose time is marked as UTC.
        if (parsed.HasTime && parsed.Value.Offset == TimeSpan.Zero
            && (s.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase) || s.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase)))
            parsed = parsed with { Utc = true, HasOffset = true };
        return true;
    }

    /// <summary>Every format read here has a year in ASCII digits (the regexes say [0-9]: \d would also take Arabic-Indic
    /// or fullwidth digits, which int.Parse rejects), so text
    /// without one is rejected before the regexes and DateTimeOffset.TryParse run: most page texts scanned for
    /// dates hold none.</summary>
    internal static bool HasDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>A date written in a URL path (/2023/08/09/, /2023-08-09-slug, /20230809/), date only.</summary>
    internal static bool TryFromUrl(string? url, out Parsed parsed)
    {
        parsed = default;
        if (string.IsNullOrEmpty(url)) return false;
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var m = UrlDateRegex().Match(path);
        if (m.Success) return Make(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value), null, out parsed);
        m = UrlDayFirstRegex().Match(path);
        return m.Success && Make(Int(m.Groups[4].Value), Int(m.Groups[3].Value), Int(m.Groups[1].Value), null, out parsed);
    }

    private static bool TryIso(string s, out Parsed parsed)
    {
        parsed = default;
        var m = IsoRegex().Match(s);
        if (!m.Success) return false;
        int y = Int(m.Groups["y"].Value), mo = Int(m.Groups["m"].Value), d = Int(m.Groups["d"].Value);
        if (!m.Groups["h"].Success) return Make(y, mo, d, null, out parsed);
        var time = new TimeSpan(Int(m.Groups["h"].Value), Int(m.Groups["min"].Value), m.Groups["s"].Success ? Int(m.Groups["s"].Value) : 0);
        var z = m.Groups["z"].Value;
        if (!Make(y, mo, d, time, out parsed, ParseOffset(z))) return false;
        parsed = parsed with { Utc = IsUtcDesignator(z), HasOffset = z.Length > 0 };
        return true;
    }

    /// <summary>An ISO date after a label ("Written: 2023-11-07 15:03:30"), as bylines print it; date and time only,
    /// any offset is ignored because the label's text, not a machine, wrote it.</summary>
    private static bool TryIsoInText(string s, out Parsed parsed)
    {
        parsed = default;
        var m = IsoInTextRegex().Match(s);
        if (!m.Success) return false;
        TimeSpan? time = m.Groups[4].Success ? new TimeSpan(Int(m.Groups[4].Value), Int(m.Groups[5].Value), 0) : null;
        return Make(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value), time, out parsed);
    }

    /// <summary>Chinese, Japanese and Korean dates: "2024年8月5日 12時30分", "2024年8月5日 12:30", "2024년 8월 5일".</summary>
    private static bool TryCjk(string s, out Parsed parsed)
    {
        parsed = default;
        var m = CjkDateRegex().Match(s);
        if (!m.Success) return false;
        int hour = m.Groups["h"].Success ? Int(m.Groups["h"].Value) : 0;
        if (m.Groups["pm"].Success && hour < 12) hour += 12; // 午後/下午/오후: afternoon
        TimeSpan? time = m.Groups["h"].Success && hour < 24 ? new TimeSpan(hour, Int(m.Groups["min"].Value), 0) : null;
        return Make(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value), time, out parsed);
    }

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})\s*[年년]\s*(?<m>[0-9]{1,2})\s*[月월]\s*(?<d>[0-9]{1,2})\s*[日일](?:[^0-9]{0,6}?(?<pm>午後|下午|오후)?\s*(?<h>[0-9]{1,2})\s*(?:[時时시:])\s*(?<min>[0-5][0-9]))?", RegexOptions.CultureInvariant)]
    private static partial Regex CjkDateRegex();

    private static bool TryCompact(string s, out Parsed parsed)
    {
        parsed = default;
        var m = CompactRegex().Match(s);
        if (!m.Success) return false;
        TimeSpan? time = m.Groups[4].Success ? new TimeSpan(Int(m.Groups[4].Value), Int(m.Groups[5].Value), m.Groups[6].Success ? Int(m.Groups[6].Value) : 0) : null;
        return Make(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value), time, out parsed);
    }

    /// <summary>dd.mm.yyyy and d/m/yyyy; a slash date is read month-first only when the first number cannot be
    /// a month's day order otherwise (13/05 is day-first, 05/13 month-first, 05/06 day-first as in most of
    /// the world; <see cref="Parsed.SwappedDayMonth"/> keeps the other reading for pages written for the US).</summary>
    private static bool TryNumeric(string s, out Parsed parsed)
    {
        parsed = default;
        var m = NumericRegex().Match(s);
        if (!m.Success) return false;
        int a = Int(m.Groups[1].Value), b = Int(m.Groups[3].Value), y = Int(m.Groups[4].Value);
        if (y < 100) y += 2000;
        int day = a, month = b;
        if (m.Groups[2].Value == "/" && b > 12 && a <= 12) (day, month) = (b, a);
        var clock = ClockNear(s, m.Index, m.Index + m.Length);
        if (!Make(y, month, day, clock, out parsed)) return false;
        if (day != month && day <= 12 && month <= 12 && Make(y, day, month, clock, out var swapped))
            parsed = parsed with { SwappedDayMonth = swapped.Value, MonthFirstReading = m.Groups[2].Value == "/" ? swapped.Value : null };
        return true;
    }

    private static bool TryWritten(string s, out Parsed parsed)
    {
        parsed = default;
        var m = DayMonthYearRegex().Match(s);
        if (m.Success && MetaVocabulary.Months.TryGetValue(m.Groups[2].Value.TrimEnd('.'), out int month))
            return Make(Int(m.Groups[3].Value), month, Int(m.Groups[1].Value), ClockNear(s, m.Index, m.Index + m.Length), out parsed);
        m = MonthDayYearRegex().Match(s);
        if (m.Success && MetaVocabulary.Months.TryGetValue(m.Groups[1].Value.TrimEnd('.'), out month))
            return Make(Int(m.Groups[3].Value), month, Int(m.Groups[2].Value), ClockNear(s, m.Index, m.Index + m.Length), out parsed);
        return false;
    }

    private static bool TryRfc(string s, out Parsed parsed)
    {
        parsed = default;
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var value))
            return false;
        if (value.Year < MinYear || value.Year > DateTime.UtcNow.Year + 1 || !YearRegex().IsMatch(s)) return false;
        parsed = new Parsed(value, s.Contains(':'), HasOffset: ZoneRegex().IsMatch(s));
        return true;
    }

    /// <summary>A wall-clock time printed with a date, and its zone when one follows it ("10:15 AM GMT+1", "3:45 PM
    /// EDT"). Zone is null when none is printed; Utc marks an explicit GMT/UTC/Z.</summary>
    private readonly record struct Clock(TimeSpan Time, TimeSpan? Zone, bool Utc);

    /// <summary>The time just after the date ("9. Mai 2023, 14:30 Uhr") or, failing that, just before it ("Updated
    /// 3:45 PM EDT, Fri August 16, 2024").</summary>
    private static Clock? ClockNear(string s, int dateStart, int dateEnd)
    {
        var m = TimeRegex().Match(s, dateEnd);
        if (!m.Success || m.Index - dateEnd > 12)
        {
            // Before the date only a clearly written time counts ("3:45 PM EDT,", "14h30 –"), with nothing but a zone,
            // a weekday and separators between: "Version 1.15 vom 9. Mai" holds no time.
            m = Match.Empty;
            for (var before = TimeRegex().Match(s[..dateStart]); before.Success; before = before.NextMatch())
                if (dateStart - (before.Index + before.Length) <= MaxTimeBeforeDate && !before.Value.Contains('.') && !HasDigit(s.AsSpan(before.Index + before.Length, dateStart - before.Index - before.Length)))
                    m = before;
            if (!m.Success) return null;
        }
        int h = Int(m.Groups[1].Value), min = Int(m.Groups[2].Value);
        if (m.Groups[3].Success && char.ToLowerInvariant(m.Groups[3].Value[0]) == 'p' && h < 12) h += 12;
        if (m.Groups[3].Success && char.ToLowerInvariant(m.Groups[3].Value[0]) == 'a' && h == 12) h = 0;
        if (h >= 24 || min >= 60) return null;
        var zone = ZoneAfterTimeRegex().Match(s, m.Index + m.Length);
        if (!zone.Success || zone.Index != m.Index + m.Length) return new Clock(new TimeSpan(h, min, 0), null, false);
        if (zone.Groups["abbr"].Success)
            return new Clock(new TimeSpan(h, min, 0), ZoneAbbreviations[zone.Groups["abbr"].Value.ToUpperInvariant()], false);
        var offset = zone.Groups["off"].Success ? ParseShortOffset(zone.Groups["off"].Value) : TimeSpan.Zero;
        return offset is { } o ? new Clock(new TimeSpan(h, min, 0), o, o == TimeSpan.Zero) : new Clock(new TimeSpan(h, min, 0), null, false);
    }

    private const int MaxTimeBeforeDate = 25;

    /// <summary>"+1", "-4", "+0530", "+05:30" after GMT or UTC; null when out of range.</summary>
    private static TimeSpan? ParseShortOffset(string z)
    {
        int sign = z[0] == '-' ? -1 : 1;
        var digits = z[1..].Replace(":", "");
        int h = digits.Length <= 2 ? Int(digits) : Int(digits[..^2]), m = digits.Length <= 2 ? 0 : Int(digits[^2..]);
        return h > 14 || m >= 60 ? null : sign * new TimeSpan(h, m, 0);
    }

    /// <summary>Zone abbreviations whose offset is unambiguous where news is published (IST and CST are not: India or
    /// Ireland, US Central or China).</summary>
    private static readonly Dictionary<string, TimeSpan> ZoneAbbreviations = new()
    {
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["BST"] = TimeSpan.FromHours(1), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["MEZ"] = TimeSpan.FromHours(1),
        ["MESZ"] = TimeSpan.FromHours(2), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["JST"] = TimeSpan.FromHours(9),
        ["KST"] = TimeSpan.FromHours(9), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
    };

    [GeneratedRegex(@"\s*(?:(?:GMT|UTC)(?<off>[+-][0-9]{1,2}(?::?[0-9]{2})?)?|(?<abbr>EST|EDT|CDT|MST|MDT|PST|PDT|BST|CEST|CET|MESZ|MEZ|EEST|EET|JST|KST|AEST|AEDT)|Z)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneAfterTimeRegex();

    /// <summary>"+00:00" is not counted: CMSs left on their UTC default write local wall-clock times with it.</summary>
    private static bool IsUtcDesignator(string z)
        => z is "Z" or "z" or "UTC" or "GMT";

    private static TimeSpan ParseOffset(string z)
    {
        if (z.Length == 0 || z is "Z" or "z" or "UTC" or "GMT") return TimeSpan.Zero;
        int sign = z[0] == '-' ? -1 : 1;
        var digits = z[1..].Replace(":", "");
        int h = Int(digits[..2]), m = digits.Length >= 4 ? Int(digits[2..4]) : 0;
        return h > 14 ? TimeSpan.Zero : sign * new TimeSpan(h, m, 0);
    }

    /// <summary>Builds the value, keeping the page's own offset so that the calendar date stays the one the page
    /// printed (converting 23:30-05:00 to UTC would move it to the next day).</summary>
    private static bool Make(int y, int mo, int d, Clock? clock, out Parsed parsed)
    {
        if (!Make(y, mo, d, clock?.Time, out parsed, clock?.Zone ?? default)) return false;
        if (clock?.Zone is not null) parsed = parsed with { HasOffset = true, Utc = clock.Value.Utc };
        return true;
    }

    private static bool Make(int y, int mo, int d, TimeSpan? time, out Parsed parsed, TimeSpan offset = default)
    {
        parsed = default;
        if (y < MinYear || y > DateTime.UtcNow.Year + 1 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        if (time is { } t && (t < TimeSpan.Zero || t >= TimeSpan.FromDays(1))) time = null;
        parsed = new Parsed(new DateTimeOffset(y, mo, d, 0, 0, 0, offset) + (time ?? TimeSpan.Zero), time is not null);
        return true;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A zone after a time: "Z", "GMT", "UTC", "+02:00", "-0500".</summary>
    [GeneratedRegex(@"[0-9](?:\s*(?:Z|GMT|UTC)\b|\s*[+-][0-9]{2}:?[0-9]{2}\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZoneRegex();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[T ]+(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,][0-9]+)?)?\s*(?<z>Z|[+-][0-9]{2}:?[0-9]{2}|UTC|GMT)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"(?<![0-9./-])((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?:[T ]([01][0-9]|2[0-3]):([0-5][0-9]))?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInTextRegex();

    [GeneratedRegex(@"^([0-9]{4})([0-9]{2})([0-9]{2})(?:T?([0-9]{2}):?([0-9]{2})(?::?([0-9]{2}))?)?(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CompactRegex();

    [GeneratedRegex(@"(?<![0-9.-])([0-9]{1,2})([./-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})(?![0-9.-]?[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"(?<![0-9])([0-9]{1,2})(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?(\p{L}{3,12}\.?)\s*(?:de\s+|del\s+)?,?\s*([0-9]{4})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(@"\b(\p{L}{3,12}\.?)\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYearRegex();

    [GeneratedRegex(@"(?<![0-9])([01]?[0-9]|2[0-3])[:.h]([0-5][0-9])(?![0-9])\s*(am|pm|a\.m\.|p\.m\.)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"(?:^|/)((?:19|20)[0-9]{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12][0-9]|3[01])(?:/|-|_|$|\.)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDateRegex();

    [GeneratedRegex(@"(?:^|[/_~-])(0[1-9]|[12][0-9]|3[01])([.-])(0[1-9]|1[0-2])\2((?:19|20)[0-9]{2})(?:[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDayFirstRegex();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();
}
