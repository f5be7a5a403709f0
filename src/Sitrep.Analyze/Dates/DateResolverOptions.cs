namespace Sitrep.Analyze.Dates;

/// <summary>Options of <see cref="DateResolver"/>.</summary>
public sealed class DateResolverOptions
{
    /// <summary>Only the first this many characters are scanned; longer texts get a
    /// <c>dates.input-too-long</c> problem. 2,000,000 characters is about 300,000 words, far beyond any article.</summary>
    public int MaxTextLength { get; init; } = 2_000_000;

    /// <summary>How far before a clock time ("at 3 p.m.") a day expression may end and still give the time its date.</summary>
    public int TimeAttachDistance { get; init; } = 60;
}
