namespace Sitrep.Analyze.Dates;

/// <summary>Which pattern found a candidate; decides how it is resolved.</summary>
internal enum PatternKind
{
    MonthDay, DayMonth, MonthName, Iso, Slash, DottedDmy, Weekday, RelativeDay, RelativePeriod, EdgeOfPeriod, TheWeekend,
    Offset, EventWindow, Anaphoric, Duration, ForDuration, HyphenDuration, Decade, Year, Season, Quarter,
    ClockTime, ClockTime24, NamedTime, Set, OrdinalDay,
}
