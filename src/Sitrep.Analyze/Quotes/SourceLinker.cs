using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Quotes;

/// <summary>Turns candidates into attributions: the kind (direct, indirect, mixed), the speaker's entity (directly, or
/// through a pronoun resolved to the nearest preceding person of fitting gender) and unnamed sources.</summary>
internal static class SourceLinker
{
    private enum Gender { Unknown, Male, Female }

    public static List<Attribution> Link(Document doc, List<Quotation> quotations, List<AttributionCandidate> candidates)
    {
        var mentions = doc.Get(Layers.EntityMentions);
        var entities = doc.Get(Layers.Entities);
        var result = new List<Attribution>(candidates.Count);
        foreach (var c in candidates)
        {
            int start = Math.Min(c.Content[0].Start, c.Cue.Start), end = Math.Max(c.Content[^1].End, c.Cue.End);
            if (c.Source is { } s) { start = Math.Min(start, s.Start); end = Math.Max(end, s.End); }
            var attribution = new Attribution(TextSpan.FromBounds(start, end), c.Content, c.Cue, c.Source, KindOf(c.Content, quotations));
            if (c.Source is { } source)
            {
                int? entity = null;
                bool pronoun = false;
                var sourceText = doc.SliceOf(source);
                int mention = SpeakerMention(doc.Text, mentions, source);
                if (mention >= 0 && mentions[mention].Entity >= 0) entity = mentions[mention].Entity;
                else if (!HasMention(mentions, source) && IsPronoun(sourceText, out var gender) && gender != Gender.Unknown)
                {
                    int antecedent = Antecedent(doc, mentions, entities, source.Start, gender);
                    if (antecedent >= 0 && mentions[antecedent].Entity >= 0) { entity = mentions[antecedent].Entity; pronoun = true; }
                }
                // "a U.S. official" names a country, not a person: only a person mention makes the source named.
                bool anonymous = !HasPerson(mentions, source) && IsUnnamed(doc.Text, source);
                attribution = attribution with
                {
                    SourceEntity = entity,
                    PronounResolved = pronoun,
                    Anonymous = anonymous,
                    SourceDescription = anonymous ? sourceText.ToString() : null,
                };
            }
            result.Add(attribution);
        }
        return result;
    }

    private static AttributionKind KindOf(TextSpan[] content, List<Quotation> quotations)
    {
        int quotedChars = 0, allChars = 0;
        foreach (var fragment in content)
        {
            allChars += fragment.Length;
            // Quotations are sorted and disjoint, so their ends ascend too: start at the first one ending after the fragment starts.
            int lo = 0, hi = quotations.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (quotations[mid].Outer.End <= fragment.Start) lo = mid + 1; else hi = mid;
            }
            for (int i = lo; i < quotations.Count && quotations[i].Outer.Start < fragment.End; i++)
                foreach (var f in quotations[i].Fragments)
                    quotedChars += Math.Max(0, Math.Min(f.End, fragment.End) - Math.Max(f.Start, fragment.Start));
        }
        // Quotation marks inside a direct quote's fragments are not counted as quoted text; allow for them.
        if (quotedChars == 0) return AttributionKind.Indirect;
        return quotedChars >= allChars - 2 * content.Length ? AttributionKind.Direct : AttributionKind.Mixed;
    }

    /// <summary>The mention that is the speaker of a source phrase, or -1. A person is the head unless it only modifies
    /// another noun ("Trump's spokesman Hope Hicks", "a spokesman for Biden"); an organisation or place speaks only when
    /// nothing follows it in the phrase ("the Pentagon said"), since before a noun it is a modifier ("State Department
    /// spokesperson Matt Miller", "White House officials"); demonyms and other names never speak ("a Nigerien general").</summary>
    private static int SpeakerMention(string text, Layer<EntityMention> mentions, TextSpan source)
    {
        int firstPerson = -1, group = -1;
        for (int i = mentions.LowerBound(source.Start); i < mentions.Count && mentions[i].Span.Start < source.End; i++)
        {
            var m = mentions[i];
            if (m.Span.End > source.End) continue;
            bool modifier = IsPossessive(text, m.Span.End) || FollowsPreposition(text, source.Start, m.Span.Start);
            if (m.Type == EntityType.Person)
            {
                if (!modifier) return i;
                if (firstPerson < 0) firstPerson = i;
            }
            else if (m.Type is EntityType.Organization or EntityType.Location && group < 0 && !modifier && !NounFollows(text, m.Span.End, source.End))
                group = i;
        }
        return firstPerson >= 0 ? firstPerson : group;
    }

    private static bool HasMention(Layer<EntityMention> mentions, TextSpan source)
    {
        int first = mentions.LowerBound(source.Start);
        return first < mentions.Count && mentions[first].Span.Start < source.End;
    }

    private static bool IsPossessive(string text, int end)
        => end + 1 < text.Length && text[end] is '\'' or '’' && (text[end + 1] == 's' || !char.IsLetter(text[end + 1]));

    /// <summary>A word follows the mention inside the phrase: the mention modifies it.</summary>
    private static bool NounFollows(string text, int end, int phraseEnd)
    {
        int k = end;
        while (k < phraseEnd && text[k] == ' ') k++;
        return k < phraseEnd && char.IsLetter(text[k]);
    }

    /// <summary>The word before the mention, inside the phrase, is a preposition ("officials at the State Department").</summary>
    private static bool FollowsPreposition(string text, int phraseStart, int start)
    {
        var before = text.AsSpan(phraseStart, start - phraseStart).TrimEnd();
        while (before.Length > 0 && before.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (before.Length == 3 || before[^4] == ' '))
            before = before[..^3].TrimEnd();
        int space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 0 && AttributionHeuristics.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
               || word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasPerson(Layer<EntityMention> mentions, TextSpan source)
    {
        for (int i = mentions.LowerBound(source.Start); i < mentions.Count && mentions[i].Span.Start < source.End; i++)
            if (mentions[i].Type == EntityType.Person) return true;
        return false;
    }

    private static bool IsPronoun(ReadOnlySpan<char> word, out Gender gender)
    {
        var set = AttributionHeuristics.PersonalPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        gender = AttributionHeuristics.MalePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? Gender.Male
            : AttributionHeuristics.FemalePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? Gender.Female : Gender.Unknown;
        return set.Contains(word);
    }

    /// <summary>The antecedent of "he"/"she" before <paramref name="offset"/>: the nearest person of compatible gender
    /// (unknown fits either) earlier in the same sentence; failing that, the first compatible person of the nearest earlier
    /// sentence that has one, since a sentence's first person is usually its subject. Known opposite gender never fits.</summary>
    private static int Antecedent(Document doc, Layer<EntityMention> mentions, Layer<Entity> entities, int offset, Gender gender)
    {
        var sentences = doc.Has(Layers.Sentences) ? doc.Get(Layers.Sentences) : Layer<Sentence>.Empty;
        int sentenceStart = SentenceStartOf(sentences, offset);
        int found = -1, foundSentence = -1;
        for (int i = mentions.LowerBound(offset) - 1, seen = 0; i >= 0 && seen < 50; i--)
        {
            if (mentions[i].Type != EntityType.Person) continue;
            seen++;
            var g = GenderOf(doc, mentions[i], entities);
            if (g != Gender.Unknown && g != gender) continue;
            if (mentions[i].Span.Start >= sentenceStart) return i;
            int start = SentenceStartOf(sentences, mentions[i].Span.Start);
            if (foundSentence >= 0 && start != foundSentence) break;
            found = i;
            foundSentence = start;
        }
        return found;
    }

    private static int SentenceStartOf(Layer<Sentence> sentences, int offset)
    {
        int i = sentences.LowerBound(offset + 1) - 1;
        return i >= 0 ? sentences[i].Span.Start : 0;
    }

    private static Gender GenderOf(Document doc, EntityMention mention, Layer<Entity> entities)
    {
        // A title written before the mention ("Mrs. Clinton"), then the entity's roles, then its first name.
        var before = doc.Text.AsSpan(0, mention.Span.Start).TrimEnd();
        int space = before.LastIndexOfAny(' ', '\n');
        var title = before[(space + 1)..].TrimEnd('.');
        if (AttributionHeuristics.FemaleTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title)) return Gender.Female;
        if (AttributionHeuristics.MaleTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(title)) return Gender.Male;
        var name = doc.SliceOf(mention.Span);
        if (mention.Entity >= 0 && mention.Entity < entities.Count)
        {
            var entity = entities[mention.Entity];
            foreach (var role in entity.Roles)
            {
                var first = role.AsSpan().TrimEnd('.');
                int sp = first.IndexOf(' ');
                if (sp > 0) first = first[..sp].TrimEnd('.');
                if (AttributionHeuristics.FemaleTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)) return Gender.Female;
                if (AttributionHeuristics.MaleTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first)) return Gender.Male;
            }
            name = entity.Name;
        }
        int cut = name.IndexOf(' ');
        var firstName = cut > 0 ? name[..cut] : name;
        if (AttributionHeuristics.FemaleTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstName.TrimEnd('.'))) return Gender.Female;
        if (AttributionHeuristics.MaleTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstName.TrimEnd('.'))) return Gender.Male;
        if (AttributionHeuristics.FemaleFirstNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstName)) return Gender.Female;
        if (AttributionHeuristics.MaleFirstNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(firstName)) return Gender.Male;
        return Gender.Unknown;
    }

    /// <summary>Unnamed: the phrase is headed by a source noun ("two of the officials", "a person familiar with …")
    /// and holds no capitalised name after its first word other than place adjectives before that noun.</summary>
    private static bool IsUnnamed(string text, TextSpan source)
    {
        var words = new List<TextSpan>();
        CueTokenScanner.Scan(text, source, words);
        var nouns = AttributionHeuristics.AnonymousSourceNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        int head = -1;
        for (int i = 0; i < words.Count; i++)
            if (nouns.Contains(text.AsSpan(words[i].Start, words[i].Length))) { head = i; break; }
        if (head < 0) return false;
        // A capitalised word after the head noun is a name ("spokesperson Matt Miller"), unless it follows a preposition
        // ("officials familiar with the Pentagon's plans").
        return head + 1 >= words.Count || !char.IsUpper(text[words[head + 1].Start]);
    }
}
