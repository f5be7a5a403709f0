namespace Sitrep.Analyze.Places;

/// <summary>Options of <see cref="PlaceResolver"/>.</summary>
public sealed class PlaceResolverOptions
{
    /// <summary>Text beyond this many characters is not searched for places (a Problem says so).</summary>
    public int MaxTextLength { get; set; } = 2_000_000;

    /// <summary>A city found only by the gazetteer scan (no location tag from the recogniser) whose country is not
    /// otherwise mentioned needs at least this population; smaller towns share names with people and words.</summary>
    public long MinUnsupportedCityPopulation { get; set; } = 100_000;

    /// <summary>Longest capitalized run (in words) looked up as one name.</summary>
    public int MaxRunWords { get; set; } = 8;
}
