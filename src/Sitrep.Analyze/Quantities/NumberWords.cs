using System.Collections.Frozen;

namespace Sitrep.Analyze.Quantities;

/// <summary>English cardinal number words, shared by the quantity recognizer and the date resolver.</summary>
internal static class NumberWords
{
    /// <summary>"one" … "nineteen" and the tens; compound forms ("twenty-five") are parsed from these.</summary>
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers written as words, and the short forms used after digits ("€300m", "$1.2bn").</summary>
    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, double> ScaleSuffixes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["K"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["M"] = 1e6, ["bn"] = 1e9, ["b"] = 1e9, ["B"] = 1e9,
        ["tn"] = 1e12, ["trn"] = 1e12, ["tr"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Parses one word or a hyphenated compound ("twenty-five") below one hundred; -1 when it is not one.</summary>
    public static int ParseSmall(ReadOnlySpan<char> word)
    {
        var lookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out int v)) return v;
        int dash = word.IndexOf('-');
        if (dash <= 0) return -1;
        if (!lookup.TryGetValue(word[..dash], out int tens) || tens < 20 || tens % 10 != 0) return -1;
        if (!lookup.TryGetValue(word[(dash + 1)..], out int ones) || ones is < 1 or > 9) return -1;
        return tens + ones;
    }
}
