using Sitrep.Analyze.Entities.Resolution.Heuristics;
using Sitrep.Analyze.Places;
using Sitrep.Analyze.Places.Heuristics;
using Sitrep.Core;

namespace Sitrep.Analyze.Entities.Resolution;

/// <summary>Finds titles and roles around a person's name: a title phrase right before it ("State Department
/// spokesperson Matt Miller", "Gen. Moussa Salaou Barmou"), an apposition after it ("Miller, the State Department
/// spokesman,"), and title words the recogniser included in the mention ("President Mohamed Bazoum").</summary>
internal static class RoleFinder
{
    // A role longer than this is more likely a clause; windows keep the work per mention bounded.
    private const int MaxRoleWords = 8;
    private const int Window = 160;

    /// <summary>The role phrase ending just before <paramref name="nameStart"/> and starting at or after
    /// <paramref name="limit"/> (the end of the previous person's name), if any.</summary>
    public static TextSpan? Preceding(string text, int nameStart, int limit = 0)
    {
        int from = Math.Max(Math.Max(0, limit), nameStart - Window);
        var words = new List<TextSpan>(16);
        NameWordScanner.Scan(text.AsSpan(from, nameStart - from), words);
        int first = -1;
        int nextStart = nameStart;
        for (int k = words.Count - 1; k >= 0 && words.Count - k <= MaxRoleWords; k--)
        {
            var w = new TextSpan(words[k].Start + from, words[k].Length);
            var word = text.AsSpan(w.Start, w.Length);
            var gap = text.AsSpan(w.End, nextStart - w.End);
            bool abbreviation = RoleVocabulary.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            bool honorific = RoleVocabulary.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (!(gap.SequenceEqual(" ") || ((abbreviation || honorific) && gap.SequenceEqual(". ")))) break;
            if (honorific) { if (first < 0) { nextStart = w.Start; continue; } break; }
            if (!IsRoleWord(word, abbreviation)) break;
            first = k;
            nextStart = w.Start;
        }
        if (first < 0) return null;
        return Trim(text, words, first, words.Count - 1, from, allowHonorificTail: true);
    }

    /// <summary>The role in an apposition right after a mention ending at <paramref name="mentionEnd"/>:
    /// ", the junta's chief of defense," gives "chief of defense".</summary>
    public static TextSpan? Apposition(string text, int mentionEnd)
    {
        if (mentionEnd + 2 > text.Length || text[mentionEnd] != ',' || text[mentionEnd + 1] != ' ') return null;
        int from = mentionEnd + 2;
        int to = Math.Min(text.Length, from + Window);
        var words = new List<TextSpan>(16);
        NameWordScanner.Scan(text.AsSpan(from, to - from), words);
        int start = 0;
        int last = -1;
        for (int k = 0; k < words.Count && k - start < MaxRoleWords; k++)
        {
            var word = text.AsSpan(words[k].Start + from, words[k].Length);
            if (RoleVocabulary.ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) break;
            last = k;
            int end = words[k].End + from;
            int nextStart = k + 1 < words.Count ? words[k + 1].Start + from : to;
            var gap = text.AsSpan(end, nextStart - end);
            if (k == start && word is "the" or "a" or "an" or "The" or "A" or "An") start = k + 1;
            if (gap.StartsWith("'s ") || gap.StartsWith("’s ") || gap.SequenceEqual("' ")) { start = k + 1; continue; }
            if (gap.SequenceEqual(" ") || gap.SequenceEqual("-")) continue;
            if (gap.IsEmpty || gap[0] is ',' or '.' or ';' or ':' or ')' or '—' or '–' or '"' or '”' or '\n' || gap.StartsWith(" (")) break;
            return null;
        }
        if (last < start) return null;
        int head = -1;
        for (int k = start; k <= last; k++)
            if (RoleVocabulary.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(words[k].Start + from, words[k].Length))) head = k;
        if (head < 0) return null;
        // After its head a role goes on only through a connector ("chief of defense", "spokesman for the ministry");
        // "the elected president toppled in the coup" keeps "elected president".
        if (head < last && !RoleVocabulary.Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(words[head + 1].Start + from, words[head + 1].Length)))
            last = head;
        return TextSpan.FromBounds(words[start].Start + from, words[last].End + from);
    }

    /// <summary>Number of characters of title at the start of a person mention ("President " in "President Mohamed
    /// Bazoum"), and the title's span; honorifics ("Mr. ") are skipped without a role.</summary>
    public static int TitlePrefix(string text, TextSpan mention, out TextSpan? role)
    {
        role = null;
        var words = new List<TextSpan>(8);
        NameWordScanner.Scan(text.AsSpan(mention.Start, mention.Length), words);
        int k = 0;
        int roleLast = -1;
        bool afterConnector = false;
        for (; k < words.Count - 1; k++)
        {
            var word = text.AsSpan(words[k].Start + mention.Start, words[k].Length);
            if (RoleVocabulary.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) { afterConnector = false; continue; }
            bool abbreviation = RoleVocabulary.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            bool vocab = abbreviation || RoleVocabulary.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                         || RoleVocabulary.Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            bool connector = RoleVocabulary.Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            if (!(vocab || connector || afterConnector)) break;
            afterConnector = connector;
            roleLast = k;
        }
        if (k == 0) return 0;
        if (roleLast >= 0)
        {
            int firstRole = 0;
            while (firstRole <= roleLast && RoleVocabulary.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>()
                       .Contains(text.AsSpan(words[firstRole].Start + mention.Start, words[firstRole].Length)))
                firstRole++;
            if (firstRole <= roleLast) role = Trim(text, words, firstRole, roleLast, mention.Start, allowHonorificTail: false);
        }
        return words[k].Start;
    }

    private static bool IsRoleWord(ReadOnlySpan<char> word, bool abbreviation)
        => abbreviation
           || RoleVocabulary.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
           || RoleVocabulary.Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
           || RoleVocabulary.Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
           || (NameWordScanner.IsCapitalized(word) && !PlaceVocabulary.LeadingFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));

    // Drops leading connectors and capitalized words before the first head; a role must hold a head, and its last
    // word keeps the period of an abbreviated title ("Gen.").
    private static TextSpan? Trim(string text, List<TextSpan> words, int first, int last, int offset, bool allowHonorificTail)
    {
        var heads = RoleVocabulary.Heads.GetAlternateLookup<ReadOnlySpan<char>>();
        var abbreviations = RoleVocabulary.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var honorifics = RoleVocabulary.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
        if (allowHonorificTail)
            while (last >= first && honorifics.Contains(text.AsSpan(words[last].Start + offset, words[last].Length))) last--;
        int firstHead = -1;
        for (int k = first; k <= last; k++)
        {
            var word = text.AsSpan(words[k].Start + offset, words[k].Length);
            if (heads.Contains(word) || abbreviations.Contains(word)) { firstHead = k; break; }
        }
        if (firstHead < 0) return null;
        while (first < firstHead && RoleVocabulary.Connectors.GetAlternateLookup<ReadOnlySpan<char>>()
                   .Contains(text.AsSpan(words[first].Start + offset, words[first].Length)))
            first++;
        int start = words[first].Start + offset;
        int end = words[last].End + offset;
        if (end < text.Length && text[end] == '.' && abbreviations.Contains(text.AsSpan(words[last].Start + offset, words[last].Length))) end++;
        return TextSpan.FromBounds(start, end);
    }
}
