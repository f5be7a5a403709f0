using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Places;

/// <summary>One gazetteer row: a country, a first-level region or a populated place.</summary>
/// <param name="Admin1">GeoNames first-level division code of a region or city ("TX"), null for countries.</param>
public sealed record GazetteerEntry(PlaceKind Kind, string Name, string CountryCode, string? Admin1, double? Latitude, double? Longitude, long Population)
{
    /// <summary>Country code and admin1 code joined ("US.TX"), the key of a region.</summary>
    public string? RegionKey => Admin1 is null ? null : CountryCode + "." + Admin1;
}
