using System.Collections.Frozen;

namespace Sitrep.Analyze.Sentences.Heuristics;

/// <summary>Vocabularies that decide whether a token ending in a period ends a sentence.</summary>
internal static class SentenceHeuristics
{
    /// <summary>Abbreviations that precede a name or number and never end a sentence ("Gen. Smith", "Jan. 5").</summary>
    public static readonly FrozenSet<string> NeverFinal = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr.", "mrs.", "ms.", "messrs.", "mme.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "maj.",
        "capt.", "cpt.", "sgt.", "cpl.", "pvt.", "adm.", "cmdr.", "cdr.", "brig.", "insp.", "supt.", "rev.", "hon.",
        "pres.", "amb.", "atty.", "fr.", "st.", "ste.", "mt.", "ft.", "gens.", "reps.", "sens.", "govs.", "lieut.",
        "sec.", "no.", "nos.", "vol.", "pp.", "fig.", "vs.", "ca.", "cf.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ]);

    /// <summary>Words that commonly start a sentence. After an abbreviation that can end a sentence ("Inc.",
    /// "U.S.", "Ltd."), a following capitalized word only starts a new sentence when it is one of these; a name
    /// ("U.S. President", "Acme Inc. Chairman") does not.</summary>
    public static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "However", "Meanwhile",
        "In", "On", "At", "For", "With", "After", "Before", "During", "Since", "As", "If", "When", "While", "Although",
        "Though", "Because", "Some", "Many", "Most", "All", "No", "Not", "One", "Two", "Both", "Each", "Other", "Others",
        "What", "Who", "Why", "How", "Where", "Which", "Shares", "Analysts", "Officials", "Police", "Earlier", "Later",
        "Last", "Next", "Also", "Still", "Then", "Now", "Today", "Yesterday", "Tomorrow", "According", "Under", "By",
    ]);
}
