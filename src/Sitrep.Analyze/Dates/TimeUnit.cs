namespace Sitrep.Analyze.Dates;

internal enum TimeUnit { None, Second, Minute, Hour, Day, Week, Month, Quarter, Year, Decade, Century }
