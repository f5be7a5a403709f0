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
                int mention = MentionIn(mentions, source);
                if (mention >= 0 && mentions[mention].Entity >= 0) entity = mentions[mention].Entity;
                else if (mention < 0 && IsPronoun(sourceText, out var gender))
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

    private static int MentionIn(Layer<EntityMention> mentions, TextSpan source)
    {
        for (int i = mentions.LowerBound(source.Start); i < mentions.Count && mentions[i].Span.Start < source.End; i++)
            if (mentions[i].Type is EntityType.Person or EntityType.Organization) return i;
        int first = mentions.LowerBound(source.Start);
        return first < mentions.Count && mentions[first].Span.Start < source.End ? first : -1;
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

    /// <summary>The nearest person mentioned before <paramref name="offset"/> whose gender fits (unknown fits anything);
    /// falls back to the nearest person when none fits.</summary>
    private static int Antecedent(Document doc, Layer<EntityMention> mentions, Layer<Entity> entities, int offset, Gender gender)
    {
        int nearest = -1;
        for (int i = mentions.LowerBound(offset) - 1, seen = 0; i >= 0 && seen < 50; i--)
        {
            if (mentions[i].Type != EntityType.Person) continue;
            seen++;
            if (nearest < 0) nearest = i;
            var g = GenderOf(doc, mentions[i], entities);
            if (gender == Gender.Unknown || g == gender) return i;
        }
        return nearest;
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
        WordScanner.Scan(text, source, words);
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
