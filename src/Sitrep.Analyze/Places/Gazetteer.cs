using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using Sitrep.Analyze.Places.Heuristics;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Places;

/// <summary>Countries, first-level regions and cities by name (case-sensitive, as written in news text), plus
/// demonyms by country. Built by tools/gazetteer/build.sh; immutable and thread-safe once loaded.</summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Sitrep.Analyze.Places.Data.gazetteer.tsv.gz";

    private static readonly Lazy<Gazetteer> s_default = new(LoadEmbedded);

    private readonly FrozenDictionary<string, GazetteerEntry[]> _byName;
    private readonly FrozenDictionary<string, GazetteerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _byNameSpan;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonymsSpan;
    private readonly FrozenDictionary<string, GazetteerEntry> _countries;
    private readonly FrozenDictionary<string, GazetteerEntry> _regions;

    private Gazetteer(Dictionary<string, List<GazetteerEntry>> byName, Dictionary<string, string> demonyms,
        Dictionary<string, GazetteerEntry> countries, Dictionary<string, GazetteerEntry> regions)
    {
        foreach (var list in byName.Values) list.Sort(CompareCandidates);
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byNameSpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        _demonymsSpan = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        _regions = regions.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The gazetteer embedded in this assembly, loaded on first use.</summary>
    public static Gazetteer Default => s_default.Value;

    public int CountryCount => _countries.Count;

    public int NameCount => _byName.Count;

    /// <summary>Entries named <paramref name="name"/>: countries first, then by population.</summary>
    public ReadOnlySpan<GazetteerEntry> Find(ReadOnlySpan<char> name)
        => _byNameSpan.TryGetValue(name, out var entries) ? entries : [];

    /// <summary>For a name in capitals ("NEW YORK", as in datelines) the title-cased form the gazetteer knows
    /// ("New York"), else null. Names of fewer than four letters are taken for acronyms ("WHO") and left alone.</summary>
    public string? TitleCasedName(ReadOnlySpan<char> name)
    {
        int letters = 0;
        foreach (var ch in name)
        {
            if (char.IsLower(ch)) return null;
            if (char.IsLetter(ch)) letters++;
        }
        if (letters < 4 || name.Length > 64) return null;
        Span<char> buffer = stackalloc char[name.Length];
        for (int i = 0; i < name.Length; i++)
            buffer[i] = i == 0 || !char.IsLetter(name[i - 1]) ? name[i] : char.ToLowerInvariant(name[i]);
        return Find(buffer).IsEmpty ? null : new string(buffer);
    }

    /// <summary>Country code of a demonym or nationality adjective ("Nigerien" → NE, "French" → FR); plural forms
    /// ("Nigeriens") are accepted.</summary>
    public bool TryGetDemonym(ReadOnlySpan<char> word, out string countryCode)
    {
        if (_demonymsSpan.TryGetValue(word, out countryCode!)) return true;
        return word.Length > 3 && word[^1] == 's' && _demonymsSpan.TryGetValue(word[..^1], out countryCode!);
    }

    public GazetteerEntry? Country(string countryCode) => _countries.GetValueOrDefault(countryCode);

    /// <summary>The region with GeoNames key "CC.ADMIN1" ("US.TX"), if known.</summary>
    public GazetteerEntry? Region(string regionKey) => _regions.GetValueOrDefault(regionKey);

    /// <summary>Reads the TSV format written by tools/gazetteer/build.mjs (columns: kind cc admin1 name lat lon
    /// population aliases demonyms).</summary>
    public static Gazetteer Load(TextReader reader)
    {
        var byName = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var countries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var regions = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 9)
                throw new InvalidDataException($"Gazetteer line {lineNumber}: expected 9 tab-separated columns, found {f.Length}. Rebuild with tools/gazetteer/build.sh.");
            var kind = f[0] switch
            {
                "C" => PlaceKind.Country,
                "R" => PlaceKind.Region,
                "P" => PlaceKind.City,
                _ => throw new InvalidDataException($"Gazetteer line {lineNumber}: unknown kind '{f[0]}'."),
            };
            var entry = new GazetteerEntry(kind, f[3], f[1], f[2].Length == 0 ? null : f[2], ParseDouble(f[4]), ParseDouble(f[5]),
                long.TryParse(f[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop) ? pop : 0);
            Add(byName, entry.Name, entry);
            if (f[7].Length > 0)
                foreach (var alias in f[7].Split('|')) Add(byName, alias, entry);
            if (kind == PlaceKind.Country)
            {
                countries[entry.CountryCode] = entry;
                if (f[8].Length > 0)
                    foreach (var demonym in f[8].Split('|')) demonyms.TryAdd(demonym, entry.CountryCode);
            }
            else if (kind == PlaceKind.Region)
            {
                regions[entry.RegionKey!] = entry;
            }
        }
        foreach (var (abbreviation, code) in PlaceVocabulary.CountryAbbreviations)
            if (countries.TryGetValue(code, out var country)) Add(byName, abbreviation, country);
        return new Gazetteer(byName, demonyms, countries, regions);
    }

    private static void Add(Dictionary<string, List<GazetteerEntry>> byName, string name, GazetteerEntry entry)
    {
        if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
        if (!list.Contains(entry)) list.Add(entry);
    }

    private static double? ParseDouble(string s)
        => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static int CompareCandidates(GazetteerEntry a, GazetteerEntry b)
        => a.Kind != b.Kind && (a.Kind == PlaceKind.Country || b.Kind == PlaceKind.Country)
            ? (a.Kind == PlaceKind.Country ? -1 : 1)
            : b.Population.CompareTo(a.Population);

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing; run tools/gazetteer/build.sh and rebuild.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return Load(reader);
    }
}
