namespace Sitrep.Core.Annotations;

/// <summary>A place mention mapped to a gazetteer entry.</summary>
public sealed record Place(TextSpan Span, string Name, PlaceKind Kind, string CountryCode) : ISpanned
{
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}

public enum PlaceKind { Country, Region, City }
