using System.Collections.Frozen;

namespace Sitrep.Analyze.Places.Heuristics;

/// <summary>Word lists the place resolver uses besides the gazetteer data.</summary>
internal static class PlaceVocabulary
{
    /// <summary>News abbreviations of country names that the data packages lack (they list "USA", not "U.S.").</summary>
    public static readonly FrozenDictionary<string, string> CountryAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["U.S."] = "US", ["US"] = "US", ["U.S.A."] = "US", ["U.K."] = "GB", ["UK"] = "GB", ["U.A.E."] = "AE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Capitalized only because they open a sentence or a heading; stripped from the front of a capitalized run.</summary>
    public static readonly FrozenSet<string> LeadingFunctionWords = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "In", "On", "At", "From", "To", "For", "Of", "By", "With", "Without", "Into", "Across", "Near",
        "And", "But", "Or", "Nor", "So", "Yet", "If", "When", "While", "After", "Before", "Since", "As", "Until", "Although",
        "Though", "Because", "Unlike", "Like", "Inside", "Outside", "Throughout", "Within", "Beyond", "Over", "Under",
        "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Some", "Many", "Most", "All", "Both",
        "Meanwhile", "However", "Also", "Even", "Only", "Still", "Elsewhere", "Here", "There", "Where", "Why", "How",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case words allowed inside a capitalized run ("Bosnia and Herzegovina", "Bank of England").</summary>
    public static readonly FrozenSet<string> RunConnectors = FrozenSet.ToFrozenSet(
        ["of", "and", "de", "del", "da", "do", "du", "des", "la", "le", "el", "al", "upon", "am"], StringComparer.Ordinal);

    /// <summary>Words after a country that make it a modifier of a government role, still a reference to the country
    /// ("Niger Foreign Minister …", "U.S. Secretary of State …"), unlike organisation names ("U.S. State Department").</summary>
    public static readonly FrozenSet<string> GovernmentRoleWords = FrozenSet.ToFrozenSet(
    [
        "President", "Vice", "Prime", "Foreign", "Defense", "Defence", "Interior", "Finance", "Justice", "Minister",
        "Secretary", "Ambassador", "Envoy", "Military", "Army", "Troops", "Soldiers", "Forces", "Government", "Officials",
        "Leader", "Leaders", "Chancellor", "King", "Queen", "Embassy", "Consulate", "Border", "Capital", "Authorities",
        "Assistant", "Deputy", "Acting", "Former", "Special", "Chief", "Top",
    ], StringComparer.Ordinal);

    /// <summary>Region names that are ordinary words; trusted only when the recogniser tagged them as locations.</summary>
    public static readonly FrozenSet<string> GenericRegionNames = FrozenSet.ToFrozenSet(
    [
        "North", "South", "East", "West", "Central", "Centre", "Center", "Northern", "Southern", "Eastern", "Western",
        "Capital", "Coast", "Delta", "Upper", "Lower", "Lakes", "Islands", "Island", "Plateau", "Rivers", "Mountain",
        "Mountains", "Highlands", "Valley", "Littoral", "Interior", "Federal", "Metropolitan", "Lagoons", "Savanes",
        "Plateaux", "Est", "Ouest", "Nord", "Sud", "Centro", "Norte", "Sur", "Oriental", "Occidental", "Orientale",
    ], StringComparer.Ordinal);

    /// <summary>Heads of organisation names built on a place ("Bank of England", "University of Lagos"); a
    /// sentence-initial word outside this list may be an ordinary word ("Residents of Paris said …").</summary>
    public static readonly FrozenSet<string> OrganisationHeads = FrozenSet.ToFrozenSet(
    [
        "Bank", "University", "College", "School", "Institute", "Ministry", "Department", "Office", "Council", "Court",
        "Church", "Diocese", "Archdiocese", "Republic", "Kingdom", "Emirate", "Sultanate", "Government", "Parliament",
        "Assembly", "Senate", "Congress", "Army", "Navy", "Embassy", "Consulate", "Museum", "Library", "Port", "Airport",
        "Gulf", "Bay", "Lake", "River", "Mount", "Cape", "Isle", "Islands", "Sea", "Strait", "Province", "State",
        "County", "City", "Duke", "Duchess", "Prince", "Princess", "King", "Queen", "Archbishop", "Bishop", "Mayor",
        "Governor", "Federation", "Association", "Union", "League", "Party", "Club", "Commonwealth", "Bishopric",
    ], StringComparer.Ordinal);

    /// <summary>Abbreviations that start place names and keep their period ("St. Petersburg", "Mt. Kenya").</summary>
    public static readonly FrozenSet<string> NamePrefixAbbreviations = FrozenSet.ToFrozenSet(
        ["St", "Ste", "Mt", "Ft", "Pt"], StringComparer.Ordinal);
}
