using System.Collections.Frozen;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Quantities;

/// <summary>The named word groups the quantity scanner relies on, kept apart from the algorithm.</summary>
internal static class QuantityVocabulary
{
    /// <summary>Hedges before a number, as word sequences; longer ones are tried first.</summary>
    public static readonly (string[] Words, Approximation Kind)[] Hedges =
    [
        (["no", "fewer", "than"], Approximation.AtLeast), (["no", "less", "than"], Approximation.AtLeast),
        (["no", "more", "than"], Approximation.AtMost), (["a", "minimum", "of"], Approximation.AtLeast),
        (["a", "maximum", "of"], Approximation.AtMost), (["as", "many", "as"], Approximation.AtMost),
        (["as", "much", "as"], Approximation.AtMost), (["upwards", "of"], Approximation.MoreThan),
        (["in", "excess", "of"], Approximation.MoreThan), (["an", "estimated"], Approximation.Approximate),
        (["close", "to"], Approximation.Approximate), (["more", "than"], Approximation.MoreThan),
        (["well", "over"], Approximation.MoreThan), (["just", "over"], Approximation.MoreThan),
        (["less", "than"], Approximation.LessThan), (["fewer", "than"], Approximation.LessThan),
        (["just", "under"], Approximation.LessThan), (["at", "least"], Approximation.AtLeast),
        (["at", "most"], Approximation.AtMost), (["up", "to"], Approximation.AtMost),
        (["about"], Approximation.Approximate), (["around"], Approximation.Approximate), (["roughly"], Approximation.Approximate),
        (["approximately"], Approximation.Approximate), (["nearly"], Approximation.Approximate), (["almost"], Approximation.Approximate),
        (["some"], Approximation.Approximate), (["circa"], Approximation.Approximate), (["over"], Approximation.MoreThan),
        (["above"], Approximation.MoreThan), (["under"], Approximation.LessThan), (["below"], Approximation.LessThan),
        (["between"], Approximation.Range), (["from"], Approximation.Range),
    ];

    public static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW",
        ["₴"] = "UAH", ["₦"] = "NGN", ["₪"] = "ILS", ["₺"] = "TRY",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Letters written right before "$" that name another dollar: "A$", "HK$".</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>
    {
        ["US"] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["HK"] = "HKD", ["NZ"] = "NZD",
        ["S"] = "SGD", ["R"] = "BRL", ["NT"] = "TWD", ["Z"] = "ZWL",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> CurrencyCodes = FrozenSet.Create(StringComparer.Ordinal,
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "CHF", "CAD", "AUD", "UAH", "NGN", "ZAR", "KRW", "TRY", "ILS", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN");

    /// <summary>Currency names after a number. "pounds" is only money when scaled ("5 million pounds") or "sterling".</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rupee"] = "INR", ["rupees"] = "INR",
        ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH",
        ["shekel"] = "ILS", ["shekels"] = "ILS", ["naira"] = "NGN", ["francs"] = "CHF", ["lira"] = "TRY",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Vague multitudes: "hundreds" is 100–999, "dozens" 24–99; "tens" only counts before "of thousands".</summary>
    public static readonly FrozenDictionary<string, (double Low, double High)> VagueWords = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["tens"] = (10, 99), ["dozens"] = (24, 99), ["scores"] = (40, 99), ["hundreds"] = (100, 999),
        ["thousands"] = (1_000, 9_999), ["millions"] = (1e6, 1e9 - 1), ["billions"] = (1e9, 1e12 - 1),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plural scale words that may follow "tens of" / "hundreds of", and the unit each multiplies.</summary>
    public static readonly FrozenDictionary<string, double> PluralScales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unit abbreviations written right after a number ("5km") or after it ("5 km").</summary>
    public static readonly FrozenSet<string> UnitAbbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "km", "kms", "m", "cm", "mm", "mi", "ft", "kg", "g", "lb", "lbs", "t", "mph", "kph", "kmh", "sq", "ha", "l", "ml",
        "bpd", "GW", "MW", "kW", "kWh", "MWh", "GWh", "TWh", "Gb", "GB", "MB", "TB", "bbl", "mt", "kt", "nm");

    /// <summary>Words that end the noun phrase read as the unit ("27 people were killed" → "people").</summary>
    public static readonly FrozenSet<string> UnitStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "as", "than", "that",
        "which", "who", "whom", "whose", "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would",
        "could", "should", "may", "might", "can", "must", "said", "says", "say", "more", "less", "fewer", "per", "each", "this",
        "these", "those", "it", "they", "he", "she", "we", "i", "you", "their", "his", "her", "its", "our", "not", "no", "also",
        "so", "then", "there", "when", "while", "after", "before", "ago", "later", "earlier", "into", "over", "under", "about",
        "if", "because", "since", "until", "during", "across", "against", "among", "between", "through", "up", "down", "out",
        "off", "all", "both", "only", "just", "even", "still", "again", "yet", "do", "did", "does", "had", "get", "got",
        "percent", "cent", "or", "nor", "where", "how", "what", "why", "here", "now", "other", "others", "another", "such");

    /// <summary>Plural nouns that do not end in "s"; like other plurals they close the counted noun phrase.</summary>
    public static readonly FrozenSet<string> IrregularPlurals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "people", "men", "women", "children", "cattle", "sheep", "fish", "aircraft", "feet", "teeth", "mice", "geese");

    /// <summary>Verbs that do not end in "-ed"/"-ing"; after the first word they end the counted noun ("one soldier fell").</summary>
    public static readonly FrozenSet<string> IrregularVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "fell", "went", "came", "took", "made", "gave", "held", "began", "left", "fled", "won", "lost", "saw", "spoke", "wrote",
        "sent", "struck", "rose", "led", "became", "broke", "found", "brought", "thought", "felt", "kept", "ran", "stood",
        "sought", "caught", "drew", "flew", "shot", "met", "got", "hit", "set", "put", "told", "knew", "grew", "threw", "fought",
        "paid", "sold", "bought", "built", "sat", "lay", "die", "remain", "remains", "live", "lives", "work", "works", "face",
        "faces", "say", "said", "were", "are", "is", "was", "have", "has", "had", "will", "would", "could", "can", "may", "must");

    /// <summary>Nouns counted in the singular form ("300 police", "40 staff", "12 dead" is handled apart).</summary>
    public static readonly FrozenSet<string> CollectiveNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "police", "staff", "personnel", "military", "infantry", "crew", "head", "deer", "livestock", "ammunition", "injured", "missing", "percent");

    /// <summary>Words before a numeral that make it a name or an identifier rather than an amount ("No. 10").</summary>
    public static readonly FrozenSet<string> IdentifierWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "no", "nos", "number", "room", "page", "line", "route", "flight", "gate", "article", "section", "chapter", "episode",
        "season", "version", "level", "phase", "grade", "size", "channel", "track", "platform", "unit", "ward", "district",
        "precinct", "exit", "highway", "interstate", "row", "seat", "table", "figure", "paragraph", "rule", "resolution",
        "amendment", "bill", "act", "case", "item", "step", "part", "volume", "issue", "block", "lot", "building", "floor");

    /// <summary>Words before a number that make "one" a pronoun ("no one", "the one who") rather than a count.</summary>
    public static readonly FrozenSet<string> OneDeterminers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "no", "any", "each", "every", "this", "that", "which", "someone", "anyone", "everyone", "no-one", "another", "only", "last");

    public static readonly FrozenSet<string> MonthWords = FrozenSet.Create(StringComparer.Ordinal,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    public static readonly FrozenSet<string> Weekdays = FrozenSet.Create(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Words after which a four-digit number in 1800–2099 is a year.</summary>
    public static readonly FrozenSet<string> YearContext = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "for", "between", "and",
        "to", "around", "circa", "year", "fiscal", "the", "early", "mid", "late", "spring", "summer", "autumn", "fall", "winter", "s");
}
