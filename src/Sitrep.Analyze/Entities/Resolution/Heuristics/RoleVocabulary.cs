using System.Collections.Frozen;

namespace Sitrep.Analyze.Entities.Resolution.Heuristics;

/// <summary>Words that make up titles and roles of people ("Acting Secretary of State", "State Department
/// spokesperson", "Gen.", "the junta's chief of defense"). Matched case-insensitively.</summary>
internal static class RoleVocabulary
{
    /// <summary>Nouns that head a role; a role phrase must hold one.</summary>
    public static readonly FrozenSet<string> Heads = FrozenSet.ToFrozenSet(
    [
        "president", "vice-president", "premier", "minister", "secretary", "secretary-general", "undersecretary",
        "spokesperson", "spokesman", "spokeswoman", "chancellor", "king", "queen", "prince", "princess", "emir", "sultan",
        "pope", "cardinal", "archbishop", "bishop", "imam", "rabbi", "pastor", "general", "colonel", "lieutenant",
        "major", "captain", "admiral", "sergeant", "brigadier", "marshal", "commander", "commander-in-chief", "senator",
        "representative", "congressman", "congresswoman", "lawmaker", "legislator", "mp", "governor", "mayor",
        "councillor", "councilor", "ambassador", "envoy", "diplomat", "consul", "chief", "head", "director",
        "director-general", "leader", "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "founder",
        "co-founder", "executive", "manager", "coordinator", "commissioner", "judge", "justice", "attorney",
        "prosecutor", "lawyer", "speaker", "adviser", "advisor", "counselor", "counsellor", "official", "officer",
        "analyst", "professor", "researcher", "economist", "scientist", "correspondent", "reporter", "editor",
        "columnist", "deputy", "strongman", "ruler", "dictator", "monarch", "inspector", "superintendent", "dean",
        "rector", "treasurer", "ombudsman", "delegate", "negotiator", "mediator", "activist", "campaigner", "organizer",
        "expert", "fellow", "partner", "member", "candidate", "nominee", "president-elect", "coach", "spokespeople",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Gendered forms of a role noun and the neutral form they are compared by ("spokesman" and
    /// "spokesperson" name the same role).</summary>
    public static readonly FrozenDictionary<string, string> NeutralForms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["spokesman"] = "spokesperson", ["spokeswoman"] = "spokesperson", ["spokespeople"] = "spokesperson",
        ["chairman"] = "chair", ["chairwoman"] = "chair", ["chairperson"] = "chair",
        ["congressman"] = "congressperson", ["congresswoman"] = "congressperson",
        ["councilman"] = "councillor", ["councilwoman"] = "councillor", ["councilor"] = "councillor",
        ["adviser"] = "advisor", ["counselor"] = "counsellor",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A role's comparison key: lower case, gendered and spelling variants of its nouns made neutral.</summary>
    public static string Key(string role)
        => string.Join(' ', role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => NeutralForms.TryGetValue(w, out var neutral) ? neutral : w.ToLowerInvariant()));

    /// <summary>Abbreviated titles written before a name, with their period ("Gen. Moussa Salaou Barmou").</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Brig", "Cpl", "Pvt", "Sen", "Rep", "Gov", "Lt.-Gen",
        "Dr", "Prof", "Rev", "Pres", "Amb", "Supt", "Insp", "Det", "Hon", "Atty", "Msgr",
    ], StringComparer.Ordinal);

    /// <summary>Courtesy titles: stripped from names but not roles.</summary>
    public static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Madam", "Mme", "M"], StringComparer.Ordinal);

    /// <summary>Lower-case words that qualify a role ("former", "acting", "top", "defence").</summary>
    public static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
    [
        "acting", "former", "interim", "deputy", "vice", "senior", "junior", "top", "chief", "assistant", "associate",
        "foreign", "defense", "defence", "interior", "finance", "prime", "military", "junta", "security", "national",
        "then", "ex", "longtime", "veteran", "opposition", "presidential", "government", "army", "police", "press",
        "communications", "policy", "political", "regional", "state", "federal", "local", "trade", "health",
        "education", "justice", "energy", "economy", "economic", "budget", "intelligence", "counterterrorism",
        "principal", "special", "permanent", "general", "lead", "managing", "executive", "public", "affairs",
        "attorney", "district", "supreme", "high", "retired", "self-declared", "self-proclaimed", "transitional",
        "coup", "rebel", "party", "union", "company", "campaign", "white", "house", "staff",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Joining words inside a role ("Secretary of State", "minister for trade").</summary>
    public static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "for", "and", "on", "to", "at", "in"], StringComparer.Ordinal);

    /// <summary>Words that turn an apposition into a clause ("Miller, who said …"): no role there.</summary>
    public static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(
    [
        "who", "whom", "whose", "which", "that", "said", "says", "told", "added", "is", "was", "were", "are", "has",
        "had", "have", "will", "would", "said.", "did", "does", "according", "when", "where", "while", "but",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Function words kept when building initialisms ("Economic Community of West African States" gives
    /// both ECWAS and ECOWAS).</summary>
    public static readonly FrozenSet<string> InitialismFunctionWords = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "et", "&"], StringComparer.Ordinal);
}
