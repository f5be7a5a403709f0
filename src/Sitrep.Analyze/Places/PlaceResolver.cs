using Sitrep.Analyze.Places.Heuristics;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Places;

/// <summary>Finds place mentions and maps them to gazetteer entries (country code, coordinates). Candidates are the
/// recogniser's location mentions, when that layer exists, plus capitalized runs that name a gazetteer entry as a whole;
/// runs inside person, organisation or misc mentions are skipped, so "Bank of England" and "Victoria Nuland" are not
/// places, and demonyms ("Nigerien officials") only add their country as context. Ambiguous names pick the entry with
/// the best score from population, a ", Country" or ", Region" qualifier and the countries and regions named elsewhere
/// in the document; a name keeps one sense per document. "Washington" resolves to the US capital even where it stands
/// for the US government (metonymy is not told apart).</summary>
public sealed class PlaceResolver(Gazetteer gazetteer, PlaceResolverOptions options) : IComponent
{
    // Scores: a country outranks any city of the same name; cities score log10(population), so a region (no
    // population in the sources) ranks like a town of ~30,000. Context bonuses are worth 1,000x (countries) and
    // 100x (regions) in population; a matching qualifier decides on its own.
    private const double CountryScore = 100, RegionScore = 4.5, CityOverRegion = 0.5;
    private const double QualifierBonus = 50, QualifierMismatch = -5, CountryContextBonus = 3, RegionContextBonus = 2;

    // Towns named like surnames (Jackson, Miller) are small; a capital or a city of half a million seen alone after a
    // longer non-place name ("Spartak Moscow", "Lebed Chechnya") is still that place. Tuned on CoNLL-2003 valid
    // (`./sitrep bench places --show-errors`).
    private const long SurnameTownLimit = 500_000;

    private static readonly LayerKey[] s_produces = [Layers.Places];

    public string Name => "places";

    public IReadOnlyList<LayerKey> Requires => [];

    public IReadOnlyList<LayerKey> Produces => s_produces;

    public void Process(Document doc, CancellationToken ct)
    {
        // Phases: bound the text → collect candidates → gather document context → choose an entry per candidate.
        var text = BoundText(doc);
        var scratch = new Scratch(doc, text);
        CollectRecognizedLocations(scratch);
        CollectCapitalizedRuns(scratch, ct);
        FindQualifiers(scratch);
        GatherContext(scratch);
        doc.Set(Layers.Places, Choose(scratch, ct));
    }

    private ReadOnlySpan<char> BoundText(Document doc)
    {
        var text = doc.Text.AsSpan();
        if (text.Length <= options.MaxTextLength) return text;
        int cut = text[..options.MaxTextLength].LastIndexOfAny(' ', '\n');
        if (cut <= 0) cut = options.MaxTextLength;
        doc.AddProblem(new Problem("places.input-too-long",
            $"Text has {text.Length:N0} characters; places were searched in the first {cut:N0} only. Raise Places.MaxTextLength to search it all.",
            Name, doc.Meta.Source, $"offset {cut}"));
        return text[..cut];
    }

    private void CollectRecognizedLocations(Scratch s)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Span.End > s.TextLength) break;
            if (m.Type is not (EntityType.Location or EntityType.Misc)) continue;
            var span = TrimMention(s.Doc.Text, m.Span);
            var name = s.Doc.SliceOf(span);
            if (gazetteer.TryGetDemonym(name, out var code)) { s.Countries.Add(code); continue; }
            if (m.Type != EntityType.Location) continue;
            if (!gazetteer.Find(name).IsEmpty)
                s.Candidates.Add(new Candidate(span, Recognized: true, SingleWord: !name.Contains(' '), SentenceInitial: false));
            else if (gazetteer.TitleCasedName(name) is { } key)
                s.Candidates.Add(new Candidate(span, Recognized: true, SingleWord: !name.Contains(' '), SentenceInitial: false) { Key = key });
        }
    }

    private void CollectCapitalizedRuns(Scratch s, CancellationToken ct)
    {
        var text = s.Doc.Text.AsSpan(0, s.TextLength);
        var words = s.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            if (!NameWordScanner.IsCapitalized(text[words[i].Start..words[i].End]) || InMention(s, words[i])) continue;
            int last = i;
            int count = 1;
            while (count < options.MaxRunWords && last + 1 < words.Count)
            {
                int next = last + 1;
                if (!SingleSpaceBetween(text, words[last], words[next]) && !AbbreviatedPrefix(text, words[last], words[next])) break;
                if (IsRunWord(s, text, words[next])) { last = next; count++; continue; }
                if (next + 1 < words.Count && PlaceVocabulary.RunConnectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[words[next].Start..words[next].End])
                    && SingleSpaceBetween(text, words[next], words[next + 1]) && IsRunWord(s, text, words[next + 1]))
                {
                    last = next + 1;
                    count += 2;
                    continue;
                }
                break;
            }
            AddRun(s, i, last);
            i = last;
        }
    }

    private void AddRun(Scratch s, int first, int last)
    {
        var words = s.Words;
        var text = s.Doc.Text.AsSpan();
        while (first <= last && (PlaceVocabulary.LeadingFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[words[first].Start..words[first].End])
                                 || !NameWordScanner.IsCapitalized(text[words[first].Start..words[first].End])))
            first++;
        if (first > last) return;
        var span = TextSpan.FromBounds(words[first].Start, words[last].End);
        var name = text[span.Start..span.End];
        // "German" is also a parish of the Isle of Man; a demonym is never read as a place.
        if (gazetteer.TryGetDemonym(text[words[first].Start..words[first].End], out var code))
        {
            s.Countries.Add(code);
            if (first == last) return;
        }
        if (!gazetteer.Find(name).IsEmpty)
        {
            s.Candidates.Add(new Candidate(span, Recognized: false, SingleWord: first == last, SentenceInitial: NameWordScanner.StartsSentence(text, span.Start)));
            return;
        }
        if (code is not null) { AddRun(s, first + 1, last); return; }
        if (gazetteer.TitleCasedName(name) is { } key)
        {
            s.Candidates.Add(new Candidate(span, Recognized: false, SingleWord: first == last, SentenceInitial: NameWordScanner.StartsSentence(text, span.Start)) { Key = key });
            return;
        }
        if (SplitAtAnd(s, first, last) || SplitAtOf(s, first, last)) return;
        for (int k = last - 1; k >= first; k--)
        {
            var prefix = text[words[first].Start..words[k].End];
            var entries = gazetteer.Find(prefix);
            if (!entries.IsEmpty && entries[0].Kind == PlaceKind.Country && IsGovernmentRoleWord(text[words[k + 1].Start..words[k + 1].End]))
            {
                s.Candidates.Add(new Candidate(TextSpan.FromBounds(words[first].Start, words[k].End), false, first == k, false) { CountryOnly = true });
                return;
            }
        }
        if (DropOrdinaryFirstWord(s, first, last)) return;
        // A multi-word name that is no place ("Matt Miller"): its last word alone later is a surname, not a town.
        // Not after a direction or connector ("East Jerusalem", "Bank of Jordan"), which name places or bodies.
        if (last > first && !PlaceVocabulary.GenericRegionNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[words[first].Start..words[first].End])
            && NameWordScanner.IsCapitalized(text[words[last - 1].Start..words[last - 1].End]))
            s.NonPlaceLastWords.Add(s.Doc.Text.Substring(words[last].Start, words[last].Length));
    }

    private ReadOnlySpan<GazetteerEntry> Entries(Scratch s, Candidate c)
        => gazetteer.Find(c.Key is null ? s.Doc.SliceOf(c.Span) : c.Key);

    private static bool IsGovernmentRoleWord(ReadOnlySpan<char> word)
        => PlaceVocabulary.GovernmentRoleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
           || (char.IsUpper(word[0]) && Entities.Resolution.Heuristics.RoleVocabulary.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));

    // "Karlsruhe of Germany": when the part before "of" is itself a place, both parts are looked up; "Bank of
    // England" stays whole because "Bank" is not.
    private bool SplitAtOf(Scratch s, int first, int last)
    {
        var text = s.Doc.Text.AsSpan();
        for (int k = first + 1; k < last; k++)
        {
            if (!text[s.Words[k].Start..s.Words[k].End].SequenceEqual("of")) continue;
            var left = text[s.Words[first].Start..s.Words[k - 1].End];
            if (gazetteer.Find(left).IsEmpty || PlaceVocabulary.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(left)) return false;
            AddRun(s, first, k - 1);
            AddRun(s, k + 1, last);
            return true;
        }
        return false;
    }

    // "Residents of Paris said …": a sentence-initial word that heads no organisation name is an ordinary word
    // capitalized by position, so the rest of the run is looked up on its own.
    private bool DropOrdinaryFirstWord(Scratch s, int first, int last)
    {
        var text = s.Doc.Text.AsSpan();
        var word = text[s.Words[first].Start..s.Words[first].End];
        if (first == last || !NameWordScanner.StartsSentence(text, s.Words[first].Start)
            || PlaceVocabulary.OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        int next = first + 1;
        if (!NameWordScanner.IsCapitalized(text[s.Words[next].Start..s.Words[next].End])) next++;
        if (next > last) return false;
        AddRun(s, next, last);
        return true;
    }

    // "Guinea-Bissau and Trinidad and Tobago": at each "and", the longest stretch that names a place is kept whole.
    private bool SplitAtAnd(Scratch s, int first, int last)
    {
        var text = s.Doc.Text.AsSpan();
        bool hasAnd = false;
        for (int k = first + 1; k < last && !hasAnd; k++) hasAnd = IsAnd(s, k);
        if (!hasAnd) return false;
        int p = first;
        while (p <= last)
        {
            int end = -1;
            for (int e = last; e >= p; e--)
                if ((e == last || IsAnd(s, e + 1)) && !gazetteer.Find(text[s.Words[p].Start..s.Words[e].End]).IsEmpty) { end = e; break; }
            if (end < 0)
            {
                end = p;
                while (end < last && !IsAnd(s, end + 1)) end++;
            }
            AddRun(s, p, end);
            p = end + 2;
        }
        return true;
    }

    private static bool IsAnd(Scratch s, int k) => s.Doc.Text.AsSpan(s.Words[k].Start, s.Words[k].Length).SequenceEqual("and");

    private void FindQualifiers(Scratch s)
    {
        s.Candidates.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var text = s.Doc.Text.AsSpan();
        for (int i = 0; i + 1 < s.Candidates.Count; i++)
        {
            var c = s.Candidates[i];
            var d = s.Candidates[i + 1];
            if (d.Span.Start - c.Span.End != 2 || !text[c.Span.End..d.Span.Start].SequenceEqual(", ")) continue;
            var q = Entries(s, d);
            if (q[0].Kind is PlaceKind.Country or PlaceKind.Region)
                s.Candidates[i] = c with { Qualifier = i + 1 };
        }
    }

    private void GatherContext(Scratch s)
    {
        foreach (var c in s.Candidates)
        {
            var entries = Entries(s, c);
            if (entries[0].Kind == PlaceKind.Country) { s.Countries.Add(entries[0].CountryCode); continue; }
            bool onlyRegion = true;
            foreach (var e in entries) onlyRegion &= e.Kind == PlaceKind.Region;
            if (onlyRegion && entries.Length == 1 && (c.Recognized || !PlaceVocabulary.GenericRegionNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(c.Key ?? s.Doc.TextOf(c.Span))))
            {
                s.Regions.Add(entries[0].RegionKey!);
                s.Countries.Add(entries[0].CountryCode);
            }
        }
    }

    private List<Place> Choose(Scratch s, CancellationToken ct)
    {
        var chosen = new GazetteerEntry?[s.Candidates.Count];
        var senses = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        // Qualified mentions first: "Paris, Texas" fixes the sense of a later bare "Paris".
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < s.Candidates.Count; i++)
            {
                var c = s.Candidates[i];
                if ((c.Qualifier >= 0) != (pass == 0)) continue;
                if ((i & 255) == 0) ct.ThrowIfCancellationRequested();
                var name = s.Doc.TextOf(c.Span);
                var entry = pass == 1 && senses.TryGetValue(name, out var sense) ? sense : Best(s, c);
                if (entry is null || !Accept(s, c, entry)) continue;
                chosen[i] = entry;
                senses.TryAdd(name, entry);
                if (pass == 0 && entry.Kind != PlaceKind.Country)
                {
                    s.Countries.Add(entry.CountryCode);
                    if (entry.RegionKey is { } region) s.Regions.Add(region);
                }
            }
        }
        var places = new List<Place>();
        for (int i = 0; i < chosen.Length; i++)
        {
            if (chosen[i] is not { } e) continue;
            places.Add(new Place(s.Candidates[i].Span, e.Name, e.Kind, e.CountryCode) { Latitude = e.Latitude, Longitude = e.Longitude });
        }
        return places;
    }

    private GazetteerEntry? Best(Scratch s, Candidate c)
    {
        var entries = Entries(s, c);
        GazetteerEntry? qualifier = c.Qualifier >= 0 ? Entries(s, s.Candidates[c.Qualifier])[0] : null;
        GazetteerEntry? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var e in entries)
        {
            if (c.CountryOnly && e.Kind != PlaceKind.Country) continue;
            double score = e.Kind switch
            {
                PlaceKind.Country => CountryScore,
                PlaceKind.Region => RegionScore,
                _ => Math.Log10(Math.Max(e.Population, 1)) + CityOverRegion,
            };
            if (qualifier is not null)
            {
                bool matches = qualifier.Kind == PlaceKind.Country ? e.CountryCode == qualifier.CountryCode : e.RegionKey == qualifier.RegionKey;
                score += matches ? QualifierBonus : QualifierMismatch;
            }
            if (e.Kind != PlaceKind.Country && s.Countries.Contains(e.CountryCode)) score += CountryContextBonus;
            if (e.RegionKey is { } key && e.Kind == PlaceKind.City && s.Regions.Contains(key)) score += RegionContextBonus;
            if (score > bestScore) { bestScore = score; best = e; }
        }
        return best;
    }

    // Guards for names found only by the scan, where a capitalized word may be a person or an ordinary word.
    private bool Accept(Scratch s, Candidate c, GazetteerEntry e)
    {
        if (c.Recognized || e.Kind == PlaceKind.Country) return true;
        var name = s.Doc.SliceOf(c.Span);
        if (c.SingleWord && e.Kind == PlaceKind.City && e.Population < SurnameTownLimit
            && s.NonPlaceLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) return false;
        if (c.SingleWord && c.SentenceInitial && s.OccursLowercase(name)) return false;
        if (e.Kind == PlaceKind.Region)
            return !PlaceVocabulary.GenericRegionNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(c.Key is null ? name : c.Key);
        bool supported = c.Qualifier >= 0 || s.Countries.Contains(e.CountryCode);
        return supported || e.Population >= options.MinUnsupportedCityPopulation;
    }

    private static bool IsRunWord(Scratch s, ReadOnlySpan<char> text, TextSpan word)
        => NameWordScanner.IsCapitalized(text[word.Start..word.End]) && !InMention(s, word);

    private static bool InMention(Scratch s, TextSpan word)
    {
        if (s.Mentions.Count == 0) return false;
        int i = s.Mentions.LowerBound(word.End) - 1;
        return i >= 0 && s.Mentions[i].Span.Overlaps(word);
    }

    // "St. Petersburg", "Mt. Kenya": the period of these abbreviations does not end the name.
    private static bool AbbreviatedPrefix(ReadOnlySpan<char> text, TextSpan a, TextSpan b)
        => b.Start - a.End == 2 && text[a.End] == '.' && text[a.End + 1] == ' '
           && PlaceVocabulary.NamePrefixAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[a.Start..a.End]);

    private static bool SingleSpaceBetween(ReadOnlySpan<char> text, TextSpan a, TextSpan b)
        => b.Start - a.End == 1 && text[a.End] == ' ';

    private static TextSpan TrimMention(string text, TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        int start = 0, end = s.Length;
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) start = 4;
        if (s[start..end].EndsWith("'s") || s[start..end].EndsWith("’s")) end -= 2;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is ',' or ';' or ':')) end--;
        return new TextSpan(span.Start + start, end - start);
    }

    private readonly record struct Candidate(TextSpan Span, bool Recognized, bool SingleWord, bool SentenceInitial)
    {
        /// <summary>Index of the candidate naming its country or region ("Abuja, Nigeria"), or -1.</summary>
        public int Qualifier { get; init; } = -1;
        /// <summary>The gazetteer name when it differs from the text ("New York" for "NEW YORK").</summary>
        public string? Key { get; init; }
        /// <summary>A country used as a modifier ("Niger Foreign Minister"); only the country sense applies.</summary>
        public bool CountryOnly { get; init; }
    }

    /// <summary>Per-document state, so the component itself stays immutable and thread-safe.</summary>
    private sealed class Scratch
    {
        private HashSet<int>? _lowercaseWordHashes;

        public Scratch(Document doc, ReadOnlySpan<char> text)
        {
            Doc = doc;
            TextLength = text.Length;
            Mentions = doc.Get(Layers.EntityMentions);
            NameWordScanner.Scan(text, Words);
        }

        public Document Doc { get; }
        public int TextLength { get; }
        public Layer<EntityMention> Mentions { get; }
        public List<TextSpan> Words { get; } = [];
        public List<Candidate> Candidates { get; } = [];
        public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Regions { get; } = new(StringComparer.Ordinal);
        public HashSet<string> NonPlaceLastWords { get; } = new(StringComparer.Ordinal);

        /// <summary>True when the word also appears in lower case in the text ("Police said …" and "the police").</summary>
        public bool OccursLowercase(ReadOnlySpan<char> word)
        {
            if (_lowercaseWordHashes is null)
            {
                _lowercaseWordHashes = [];
                var text = Doc.Text.AsSpan(0, TextLength);
                foreach (var w in Words)
                    if (char.IsLower(text[w.Start])) _lowercaseWordHashes.Add(string.GetHashCode(text[w.Start..w.End]));
            }
            if (word.Length > 64) return false;
            Span<char> lower = stackalloc char[word.Length];
            word.CopyTo(lower);
            for (int i = 0; i < lower.Length; i++) lower[i] = char.ToLowerInvariant(lower[i]);
            return _lowercaseWordHashes.Contains(string.GetHashCode(lower));
        }
    }
}
