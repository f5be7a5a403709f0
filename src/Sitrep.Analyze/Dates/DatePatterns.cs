using System.Text.RegularExpressions;

namespace Sitrep.Analyze.Dates;

/// <summary>The regexes that find time-expression candidates. Each is linear (no nested quantifiers over the same
/// characters), so scanning a pathological text stays proportional to its length. Each starts at a required word
/// or digit so the engine can skip ahead quickly; optional words before it ("last", "early", "more than") are read by
/// <see cref="CandidatePrefix"/>. Where context must be matched but left out of the span, the span is the group "s".</summary>
internal static partial class DatePatterns
{
    private const RegexOptions Options = RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    private const string WeekdayNames = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string MonthFull = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string MonthAny = "(?:" + MonthFull + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])";
    private const string YearGroup = "(?<year>1[6-9][0-9]{2}|20[0-9]{2})(?![0-9])";
    private const string NumberWord = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
        + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private const string Count = "(?i:[0-9]{1,4}(?:\\.[0-9]+)?|" + NumberWord + "|an?|a\\s+few|a\\s+couple\\s+of|several|half\\s+an?)";
    private const string Zone = "(?:GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|MT|IST|JST|AEST|AEDT|MSK|WAT|EAT|SAST|(?i:local\\s+time))";

    /// <summary>"Aug. 9, 2023", "Wednesday, August 9", "May 5", "Aug. 9-10".</summary>
    [GeneratedRegex(@"\b(?<mon>" + MonthAny + @")\s*(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9:])(?:\s?[-–]\s?(?<day2>[0-9]{1,2})(?![0-9:]))?(?:(?:,\s*|\s+)" + YearGroup + ")?", Options)]
    public static partial Regex MonthDay();

    /// <summary>"9 August 2023", "the 9th of August", "Wednesday 9 Aug".</summary>
    [GeneratedRegex(@"\b(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthAny + @")(?:,?\s+" + YearGroup + ")?", Options)]
    public static partial Regex DayMonth();

    /// <summary>"August 2023", "in August", "early August", "the end of August", "last March".</summary>
    [GeneratedRegex(@"\b(?<mon>" + MonthFull + @")(?![A-Za-z])(?:,?\s+(?:of\s+)?" + YearGroup + ")?", Options)]
    public static partial Regex MonthName();

    /// <summary>"2023-08-09", "2023-08-09T14:30".</summary>
    [GeneratedRegex(@"(?<![0-9-])(?<year>1[6-9][0-9]{2}|20[0-9]{2})-(?<mon>[01][0-9])-(?<day>[0-3][0-9])(?:T(?<h>[0-2][0-9]):(?<mi>[0-5][0-9]))?(?![0-9-])", Options)]
    public static partial Regex Iso();

    /// <summary>"08/09/2023", "8/9/23": month first in English text unless the first number cannot be a month.</summary>
    [GeneratedRegex(@"(?<![0-9/.])(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<y>[0-9]{4}|[0-9]{2})(?![0-9/])", Options)]
    public static partial Regex Slash();

    /// <summary>"09.08.2023", day first (the European dotted form).</summary>
    [GeneratedRegex(@"(?<![0-9.])(?<a>[0-9]{1,2})\.(?<b>[0-9]{1,2})\.(?<y>(?:19|20)[0-9]{2})(?![0-9.])", Options)]
    public static partial Regex DottedDmy();

    /// <summary>"Monday", "last Friday", "Tuesday afternoon", "late Sunday".</summary>
    [GeneratedRegex(@"\b(?<wd>" + WeekdayNames + @")(?![A-Za-z])(?:\s+(?<pod>morning|afternoon|evening|night)(?![A-Za-z]))?", Options)]
    public static partial Regex Weekday();

    /// <summary>"yesterday", "today", "last night", "this morning", "yesterday afternoon".</summary>
    [GeneratedRegex(@"\b(?<w>(?i:earlier\s+today|later\s+today|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night))(?![A-Za-z])(?:\s+(?<pod>morning|afternoon|evening|night)(?![A-Za-z]))?", Options)]
    public static partial Regex RelativeDay();

    /// <summary>"last week", "next month", "early next year", "later this year", "the past year".</summary>
    [GeneratedRegex(@"\b(?<rel>(?i:last|next|this\s+past|this|the\s+past|the\s+coming))\s+(?<unit>(?i:week|weekend|month|quarter|year|decade))(?![A-Za-z])", Options)]
    public static partial Regex RelativePeriod();

    /// <summary>"over the weekend", "during the weekend": the weekend nearest publication in the clause's tense.</summary>
    [GeneratedRegex(@"\b(?i:over|during|at|on|across|for|through)\s+(?<s>(?i:the\s+weekend))(?![A-Za-z])", Options)]
    public static partial Regex TheWeekend();

    /// <summary>"the end of the year", "the start of the month".</summary>
    [GeneratedRegex(@"\b(?<mod>(?i:the\s+end|the\s+start|the\s+beginning|the\s+middle|the\s+rest))\s+of\s+the\s+(?<unit>(?i:week|month|year))(?![A-Za-z])", Options)]
    public static partial Regex EdgeOfPeriod();

    /// <summary>"in the hours after the coup", "in the weeks before the election".</summary>
    [GeneratedRegex(@"\b(?i:in\s+)(?<s>(?i:the\s+(?<unit>minutes|hours|days|weeks|months|years)\s+(?<dir>after|before|since|following|leading\s+up\s+to|preceding)))(?![A-Za-z])", Options)]
    public static partial Regex EventWindow();

    /// <summary>Expressions that point back to the narrative's last date: "the next day", "later that day", "the day after".</summary>
    [GeneratedRegex(@"\b(?<w>(?i:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)|the\s+(?:previous|prior|preceding)\s+(?:day|night|week|month|year)|the\s+(?:day|night|week|month|year)\s+(?:before|after)|(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night|week|month|year)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|the\s+same\s+day))(?![A-Za-z])", Options)]
    public static partial Regex Anaphoric();

    /// <summary>"two hours", "three years", "a decade", "half an hour"; with a direction ("two weeks ago", "four days
    /// after") it is an offset. Hedges ("more than") are read before the match, so the regex starts at the count.</summary>
    [GeneratedRegex(@"\b(?<n>" + Count + @")\s+(?<unit>(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century))(?![A-Za-z])(?:\s+(?<dir>(?i:ago|earlier|later|before|after|from\s+now|on|afterwards?|previously))(?![A-Za-z]))?", Options)]
    public static partial Regex Duration();

    /// <summary>"for months", "for years": a duration of unknown length.</summary>
    [GeneratedRegex(@"\b(?i:for)\s+(?<s>(?<unit>(?i:minutes|hours|days|weeks|months|years|decades|centuries)))(?![A-Za-z])", Options)]
    public static partial Regex ForDuration();

    /// <summary>"a 24-hour strike", "a 10-day visit" (but not "10-year-old").</summary>
    [GeneratedRegex(@"(?<![0-9.,-])(?<n>[0-9]{1,3})-(?<unit>minute|hour|day|week|month|year)(?![A-Za-z-])", Options)]
    public static partial Regex HyphenDuration();

    /// <summary>"the 1990s", "the early 2000s", "the '90s".</summary>
    [GeneratedRegex(@"\b(?<dec>1[6-9][0-9]0|20[0-9]0)['’]?s(?![A-Za-z])|(?<![A-Za-z0-9])['’](?<dec2>[0-9]0)s(?![A-Za-z])", Options)]
    public static partial Regex Decade();

    /// <summary>A year after a preposition or a modifier: "in 2023", "since 1999", "mid-2024", "by 2030".</summary>
    [GeneratedRegex(@"\b" + YearGroup + @"(?![.,]?[0-9])(?![A-Za-z%])", Options)]
    public static partial Regex Year();

    /// <summary>"summer 2023", "the winter of 2022", "last summer" (a bare season is too vague to emit).</summary>
    [GeneratedRegex(@"\b(?<season>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?" + YearGroup + @")?(?![A-Za-z])", Options)]
    public static partial Regex Season();

    /// <summary>"Q3 2023", "the third quarter of 2023", "third-quarter", "the first half of 2024".</summary>
    [GeneratedRegex(@"\b(?:Q(?<q>[1-4])(?:(?:\s+|\s*-\s*)" + YearGroup + @")?|(?<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter)(?:\s+of\s+(?:" + YearGroup + @"|(?<rel>(?i:this|last|next))\s+year))?|(?<hw>(?i:first|second))\s+half\s+of\s+(?:" + YearGroup + @"|(?<rel>(?i:this|last|next|the))\s+year))(?![A-Za-z0-9])", Options)]
    public static partial Regex Quarter();

    /// <summary>"3 p.m.", "10:30am", "9 a.m. GMT".</summary>
    [GeneratedRegex(@"(?<![0-9:.])(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5][0-9]))?\s?(?<ap>[AaPp])\.?\s?[Mm](?![A-Za-z])\.?(?:\s+(?<tz>" + Zone + @")(?![A-Za-z]))?", Options)]
    public static partial Regex ClockTime();

    /// <summary>"14:30 GMT", "0900 local time": a 24-hour time needs a zone, so video timestamps ("07:33") are not times.</summary>
    [GeneratedRegex(@"(?<![0-9:.])(?:(?<h>[01]?[0-9]|2[0-3]):(?<mi>[0-5][0-9])|(?<h>[01][0-9]|2[0-3])(?<mi>[0-5][0-9]))\s?(?<tz>" + Zone + @"|hrs|h)(?![A-Za-z])", Options)]
    public static partial Regex ClockTime24();

    /// <summary>"noon", "midnight" after a preposition.</summary>
    [GeneratedRegex(@"\b(?i:at|by|around|after|before|until|till|from|past|about)\s+(?<s>(?<w>noon|midday|midnight))(?![A-Za-z])", Options)]
    public static partial Regex NamedTime();

    /// <summary>"every Monday", "each year", "every two weeks", "on Fridays".</summary>
    [GeneratedRegex(@"\b(?<q>(?i:every|each))\s+(?:(?<n>other|two|three|four|five|six|[0-9]{1,2})\s+)?(?:(?<wd>" + WeekdayNames + @")|(?<unit>(?i:days?|weeks?|months?|years?|mornings?|afternoons?|evenings?|nights?|hours?|minutes?|weekends?)))(?![A-Za-z])|\b(?i:on)\s+(?<s>(?<wdp>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?![A-Za-z])", Options)]
    public static partial Regex Set();

    /// <summary>"on the 9th": the day of the month around the anchor.</summary>
    [GeneratedRegex(@"\b(?i:on|by|until|since|from|before|after)\s+(?<s>the\s+(?<day>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th))(?![A-Za-z0-9])", Options)]
    public static partial Regex OrdinalDay();
}
