namespace Sitrep.Analyze.Quotes;

/// <summary>Options of <see cref="QuoteAttributor"/>.</summary>
public sealed class QuoteAttributorOptions
{
    /// <summary>Longer texts get a <c>quotes.input-too-long</c> problem and no attributions (default 2,000,000 chars).</summary>
    public int MaxTextLength { get; set; } = 2_000_000;

    /// <summary>A quotation mark left open for longer than this is treated as unbalanced (default 6,000 chars).</summary>
    public int MaxQuoteLength { get; set; } = 6_000;

    /// <summary>A lexicon word is a cue only if at least this share of its PolNeAR-train occurrences were gold cues.
    /// Calibrated on polnear/dev and train with `./sitrep bench attribution --min-cue-precision X` (0.2 … 0.5 tried:
    /// 0.25 keeps content overlap F1 above 0.70 and source accuracy above 0.85 on dev); rerun it after changing the
    /// rules or the lexicon.</summary>
    public double MinCuePrecision { get; set; } = 0.25;

    /// <summary>Longest source noun phrase, in words, taken before or after a cue.</summary>
    public int MaxSourceWords { get; set; } = 12;
}
