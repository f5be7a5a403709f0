namespace Sitrep.Analyze.Dates;

/// <summary>Which way a clause points in time, as far as cue words tell.</summary>
internal enum Tense { Unknown, Past, Future }
