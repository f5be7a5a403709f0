using System.Buffers;
using System.Collections.Frozen;

namespace Sitrep.Analyze.Tokens;

/// <summary>Vocabularies the tokenizer uses to decide whether a period belongs to the word before it.</summary>
internal static class TokenHeuristics
{
    /// <summary>Abbreviations (lower case, without the period) that keep their period, as in Penn Treebank text
    /// ("Gen.", "Inc.", "Sept."). Single letters ("J.") and dotted acronyms ("U.S.") are handled by shape.</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        // Titles and ranks.
        "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
        "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "insp", "supt", "rev", "hon", "pres", "amb", "atty",
        "fr", "sr", "jr", "st", "ste", "mt", "ft", "esq", "gens", "reps", "sens", "govs", "lieut", "sec", "secs",
        // Companies and organisations.
        "inc", "corp", "co", "ltd", "bros", "plc", "cos", "dept", "univ", "assn", "intl", "natl", "govt",
        // Months and days.
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        // Places, numbers and misc.
        "ave", "blvd", "rd", "hwy", "no", "nos", "vs", "etc", "approx", "est", "fig", "vol", "pp", "ca", "cf",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex",
        "va", "vt", "wash", "wis", "wyo",
    ]);

    /// <summary>Abbreviations that only keep their period when a number follows ("No. 5", "Vol. 2"): otherwise
    /// "no." ends a sentence.</summary>
    public static readonly FrozenSet<string> NumberAbbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["no", "nos", "vol", "pp", "fig"]);

    /// <summary>Clitics split off the word before them, Penn Treebank style ("he's" → "he" "'s").</summary>
    public static readonly FrozenSet<string> Clitics = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["s", "m", "d", "ll", "re", "ve"]);

    /// <summary>Characters that may join two word characters inside one token ("Bosnian-Serb", "1,110", "07:33",
    /// "AT&amp;T", "1/2", "3.5"); "+" is not one of them ("3+4" is three tokens).</summary>
    public static readonly SearchValues<char> InnerJoiners = SearchValues.Create("-.,:/&_");

    /// <summary>Closing quotes and brackets.</summary>
    public static readonly SearchValues<char> Closers = SearchValues.Create("\"'”’»)]}›");

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
