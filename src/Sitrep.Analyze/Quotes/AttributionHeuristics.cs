using System.Collections.Frozen;
using System.Globalization;

namespace Sitrep.Analyze.Quotes;

/// <summary>Named vocabularies of the attributor, kept apart from the algorithm. Lookups ignore case except in
/// <see cref="Abbreviations"/>. The cue words come from Lexicons/cue-words.tsv (derived from PolNeAR train by
/// `./sitrep train attribution`); the rest are written by hand.</summary>
public static partial class AttributionHeuristics
{
    /// <summary>A wire dateline opening a paragraph ("NIAMEY, Niger (AP) — ", "GENEVA (Reuters) - ", "BRUSSELS - "):
    /// where the story was filed, not what anyone said. A place in capitals of at most three words, then a dash and a
    /// capital; without a ", Country" or "(Agency)" the place needs four letters or more (<see cref="IsDateline"/>), so
    /// "US - China trade" and "I — for one —" stay.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\A(?<place>\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2})(?<where>(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}){1,2})?(?<agency> \([\p{L} .'’-]+\))?(?: ?[—–] ?| - )(?=[\p{Lu}""“„])")]
    public static partial System.Text.RegularExpressions.Regex Dateline();

    /// <summary>The length of the dateline opening <paramref name="text"/>[start..start+length), or 0.</summary>
    public static int DatelineLength(string text, int start, int length)
    {
        if (length <= 0) return 0;
        var m = Dateline().Match(text, start, length);
        if (!m.Success) return 0;
        int letters = 0;
        foreach (var c in m.Groups["place"].ValueSpan) if (char.IsLetter(c)) letters++;
        return m.Groups["where"].Success || m.Groups["agency"].Success || letters >= 4 ? m.Length : 0;
    }

    /// <summary>Short words that take an abbreviation dot ("Mr.", "Gov.", "Sept.").</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "Gov", "Sen", "Sens", "Rep", "Reps", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm", "Prof",
        "Rev", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "vs", "Ft", "Mt", "Pres", "Gens", "Supt", "Det", "Insp");

    /// <summary>Words that may stand between a source and its cue ("Trump has also said").</summary>
    public static readonly FrozenSet<string> AuxiliariesAndAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "could", "should", "may", "might",
        "can", "must", "did", "does", "do", "not", "never", "also", "then", "once", "again", "already", "even", "still",
        "often", "later", "first", "just", "recently", "reportedly", "previously", "repeatedly", "publicly", "privately",
        "long", "always", "now", "too", "both", "all", "himself", "herself", "themselves", "n't", "continue", "continues",
        "continued", "to", "went", "on", "further", "so", "ever", "seemed", "seems");

    /// <summary>Words that end the noun phrase of a source when scanning backwards from a cue.</summary>
    public static readonly FrozenSet<string> ClauseBoundaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "because", "when", "while", "as", "if", "after", "before", "since", "although", "though", "where",
        "and", "but", "or", "so", "than", "whether", "until", "unless", "what", "how", "why", "whom", "whose", "said",
        "says", "told", "added", "in", "on", "at", "during", "with", "for", "from", "by", "about", "into", "over", "to",
        "which", "who", "yet", "nor", "once", "even", "however", "meanwhile", "instead", "also", "then", "now", "but",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
        "earlier", "having", "let's");

    /// <summary>Words that end the noun phrase of a source that follows its cue ("said Matt Miller in a statement").</summary>
    public static readonly FrozenSet<string> PostposedSourceStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "during", "when", "after", "before", "while", "to", "that", "as", "last", "this", "yesterday",
        "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later",
        "told", "according", "adding", "saying", "noting", "via", "through", "recently", "and", "but", "because",
        "if", "about", "of", "for", "with", "from");

    /// <summary>Relative pronouns that PolNeAR marks as the source itself ("Smith, who said …").</summary>
    public static readonly FrozenSet<string> RelativeSources = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "who", "which", "that");

    public static readonly FrozenSet<string> MalePronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "him", "his");
    public static readonly FrozenSet<string> FemalePronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "she", "her");
    public static readonly FrozenSet<string> PersonalPronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "they", "i", "we", "you", "it");

    public static readonly FrozenSet<string> MaleTitles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "mr", "mr.", "sir", "lord", "king", "prince");
    public static readonly FrozenSet<string> FemaleTitles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess");

    /// <summary>A few frequent first names per gender, for pronoun resolution when no title is written.</summary>
    public static readonly FrozenSet<string> MaleFirstNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "donald", "bernie", "ted", "marco", "john", "jeb", "ben", "chris", "mike", "barack", "bill", "joe", "paul", "mitch",
        "rand", "scott", "tim", "rick", "george", "james", "robert", "michael", "david", "richard", "thomas", "mark",
        "steve", "steven", "jim", "bob", "tom", "matt", "peter", "jeff", "kevin", "brian", "eric", "jason", "ryan",
        "newt", "rudy", "reince", "corey", "jared", "mohamed", "vladimir", "emmanuel", "boris", "xi", "antony", "lloyd");
    public static readonly FrozenSet<string> FemaleFirstNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hillary", "carly", "elizabeth", "nancy", "michelle", "sarah", "kellyanne", "ivanka", "melania", "chelsea",
        "huma", "donna", "debbie", "mary", "patricia", "jennifer", "linda", "barbara", "susan", "jessica", "karen",
        "lisa", "margaret", "emily", "anna", "maria", "hope", "kamala", "angela", "theresa", "jill", "amy", "kate",
        "katie", "laura", "rachel", "julia", "claire", "ursula", "marine", "jacinda", "samantha", "nikki", "condoleezza");

    /// <summary>Head nouns of unnamed sources ("a U.S. official", "two people familiar with the talks").</summary>
    public static readonly FrozenSet<string> AnonymousSourceNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "official", "officials", "source", "sources", "spokesperson", "spokespeople", "spokesman", "spokesmen",
        "spokeswoman", "spokeswomen", "aide", "aides", "person", "people", "adviser", "advisers", "advisor", "advisors",
        "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "insider", "insiders", "staffer",
        "staffers", "lawmaker", "lawmakers", "member", "members", "officer", "officers", "representative",
        "representatives", "strategist", "strategists", "operative", "operatives", "observer", "observers", "critics",
        "supporters", "residents", "witnesses", "witness", "investigators", "authorities", "administration",
        "insiders", "allies", "ally", "associate", "associates", "confidant", "confidants", "executive", "executives",
        "negotiators", "delegates", "donors", "donor", "leaders", "officers", "source", "someone", "individual", "individuals",
        "general", "generals", "commander", "commanders", "envoy", "envoys", "ambassador", "ambassadors");

    /// <summary>Words that mark an unnamed source as deliberately anonymous ("who asked not to be named").</summary>
    public static readonly FrozenSet<string> AnonymityMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "anonymity", "anonymous", "anonymously", "named", "identified", "unnamed", "familiar");

    /// <summary>Determiners and possessives: a cue word after one is a noun ("the show", "a call").</summary>
    public static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "no", "any", "every");

    /// <summary>Verbs whose object (a listener) sits between the cue and the content: "told reporters that …".</summary>
    public static readonly FrozenSet<string> ListenerVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "told", "tells", "tell", "telling", "asked", "asks", "ask", "asking", "warned", "warns", "warning", "urged", "urges",
        "reminded", "assured", "informed", "promised", "convinced");

    /// <summary>Verbs of talking about a topic: after "to" they are a purpose ("met to discuss the plan"), not a cue.</summary>
    public static readonly FrozenSet<string> DiscussionVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "discuss", "talk", "debate", "negotiate", "consult", "confer", "deliberate", "chat", "meet", "review");

    /// <summary>Clause-boundary words that are reporting verbs themselves.</summary>
    public static readonly FrozenSet<string> ReportingBoundaryWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "said", "says", "told", "added");

    /// <summary>Suffixes of nouns that share a stem with cue verbs ("criticism", "statement", "footage").</summary>
    public static readonly IReadOnlyList<string> NounSuffixes = ["tion", "sion", "ment", "ism", "ness", "ity", "age", "ence", "ance", "ist", "ics"];

    /// <summary>Quantifiers that may open a source noun phrase ("many Republicans", "two officials").</summary>
    public static readonly FrozenSet<string> Quantifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "some", "many", "most", "other", "others", "several", "few", "both", "all", "two", "three", "four", "five", "one", "each");

    /// <summary>Words that open a clause or phrase modifying a source noun ("officials familiar with the talks").</summary>
    public static readonly FrozenSet<string> PostmodifierStarts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "who", "familiar", "close", "briefed", "knowledgeable", "involved", "speaking");

    /// <summary>Conjunctions, prepositions and adverbs trimmed off either end of a source ("and Clinton", "by telephone").</summary>
    public static readonly FrozenSet<string> SourceEdgeJunk = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "but", "or", "so", "then", "also", "in", "on", "at", "by", "as", "with", "for", "from", "after", "before",
        "while", "when", "if", "because", "although", "though", "yet", "however", "meanwhile", "instead", "still", "now",
        "later", "earlier", "ultimately", "finally", "first", "initially", "recently", "previously", "last", "this", "here");

    /// <summary>Prepositions whose object is a channel or a place, not a speaker ("by telephone", "in a statement").</summary>
    public static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "by", "with", "for", "from", "during", "after", "before", "over", "via", "through");

    /// <summary>Verbs that report an impression rather than a speaker: PolNeAR gives them no source.</summary>
    public static readonly FrozenSet<string> RaisingVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "appears", "appear", "appeared", "seems", "seem", "seemed");

    /// <summary>Irregular past participles that make a passive cue ("is known as", "was thought to").</summary>
    public static readonly FrozenSet<string> IrregularParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "known", "thought", "seen", "shown", "understood", "held", "meant");

    /// <summary>Words that open a new clause: a cue after them has its own subject ("…, but she said …").</summary>
    public static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "but", "and", "so", "yet", "while", "whereas", "although", "though", "because", "since", "as", "when", "if");

    /// <summary>Words that make a comma-separated stretch a clause rather than an appositive.</summary>
    public static readonly FrozenSet<string> AppositiveBreakers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "because", "when", "if", "while", "although", "though", "said", "says", "told", "added", "but", "however");

    /// <summary>Cue word → precision on PolNeAR train (share of its occurrences inside a gold cue).</summary>
    public static FrozenDictionary<string, double> CueWords => s_cueWords.Value;

    private static readonly Lazy<FrozenDictionary<string, double>> s_cueWords = new(LoadCueWords);

    private static FrozenDictionary<string, double> LoadCueWords()
    {
        using var stream = typeof(AttributionHeuristics).Assembly.GetManifestResourceStream("Sitrep.Analyze.Quotes.Lexicons.cue-words.tsv")
            ?? throw new InvalidOperationException("Embedded resource Quotes/Lexicons/cue-words.tsv is missing from Sitrep.Analyze; rebuild the project.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length >= 4 && double.TryParse(cols[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var precision))
                words[cols[0]] = precision;
        }
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
