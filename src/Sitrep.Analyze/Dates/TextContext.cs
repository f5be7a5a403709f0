using System.Collections.Frozen;

namespace Sitrep.Analyze.Dates;

/// <summary>Cheap look-arounds on the raw text: neighbouring words, sentence edges and tense cues.
/// They work without the Sentences layer so the resolver does not depend on the tokenizer.</summary>
internal static class TextContext
{
    private const int MaxSentenceReach = 300;

    /// <summary>Cue words that put a clause in the future. Checked before the past cues because several end in "-ed".</summary>
    private static readonly FrozenSet<string> FutureCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "ll", "shall", "won't", "wont", "would", "going", "scheduled", "expected", "due", "plans", "planned", "plan",
        "upcoming", "intends", "intend", "aims", "expects", "expect", "hopes", "forecasts", "predicts", "anticipates", "next", "tomorrow", "coming", "set", "slated", "promised", "vowed");

    /// <summary>Irregular past forms that do not end in "-ed".</summary>
    private static readonly FrozenSet<string> PastCues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "told", "was", "were", "had", "did", "met", "went", "came", "took", "made", "gave", "held", "began", "left",
        "fled", "won", "lost", "saw", "spoke", "wrote", "sent", "struck", "fell", "rose", "led", "became", "broke", "found",
        "brought", "thought", "felt", "kept", "ran", "stood", "sought", "caught", "drew", "flew", "shot", "ago", "yesterday",
        "last", "earlier");

    /// <summary>Words ending in "-ed" that are not past tense.</summary>
    private static readonly FrozenSet<string> NotPast = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "need", "speed", "seed", "feed", "breed", "bed", "red", "shed", "indeed", "proceed", "succeed", "exceed", "weed", "ted", "fed", "hundred");

    public static bool IsSentenceStart(ReadOnlySpan<char> text, int pos)
    {
        int i = pos - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '"' or '\'' or '“' or '‘' or '(' or '—' or '-')) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':';
    }

    /// <summary>Start of the sentence holding <paramref name="pos"/>, found by a period, "!" or "?" followed by a space
    /// and a capital, or a line break. Abbreviations ("Aug.", "p.m.") rarely matter for the cues this is used for.</summary>
    public static int SentenceStart(ReadOnlySpan<char> text, int pos)
    {
        int stop = Math.Max(0, pos - MaxSentenceReach);
        for (int i = pos - 1; i > stop; i--)
        {
            char c = text[i];
            if (c is '\n' or '\r') return i + 1;
            if (c is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !IsAbbreviation(text, i))
                return i + 2;
        }
        return stop;
    }

    public static int SentenceEnd(ReadOnlySpan<char> text, int pos)
    {
        int stop = Math.Min(text.Length, pos + MaxSentenceReach);
        for (int i = pos; i < stop; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r') return i;
            if (c is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] is ' ' or '"' or '”') && !IsAbbreviation(text, i))
                return i;
        }
        return stop;
    }

    /// <summary>True for a period closing a short token such as "Aug." or "p.m." rather than a sentence.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        if (text[dot] != '.') return false;
        int i = dot - 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '.')) i--;
        int len = dot - i - 1;
        return len is > 0 and <= 4 && (len <= 2 || char.IsUpper(text[i + 1]) || text.Slice(i + 1, len).Contains('.'));
    }

    /// <summary>The word (letters, apostrophes, hyphens) ending before <paramref name="pos"/>, skipping spaces.</summary>
    public static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> text, int pos)
    {
        int i = pos - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        int end = i + 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '\'' or '’')) i--;
        return text[(i + 1)..end];
    }

    /// <summary>The word starting after <paramref name="pos"/>, skipping spaces (empty at punctuation).</summary>
    public static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, int pos, out int start)
    {
        int i = pos;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
        return text[start..i];
    }

    /// <summary>Guesses whether the clause around [start, end) reports the past or announces the future:
    /// the nearest cue word before the expression wins, then the nearest after it, all within the sentence.</summary>
    public static Tense GuessTense(ReadOnlySpan<char> text, int start, int end)
    {
        int sStart = SentenceStart(text, start);
        int i = start - 1;
        for (int words = 0; i >= sStart && words < 14;)
        {
            if (!IsWordChar(text[i])) { i--; continue; }
            int e = i + 1;
            while (i >= sStart && IsWordChar(text[i])) i--;
            words++;
            var t = Classify(text[(i + 1)..e]);
            // "will be held": a participle after "be" is not past tense; keep looking for the auxiliary.
            if (t == Tense.Past && IsPassiveAuxiliaryBefore(text, i, sStart)) continue;
            if (t != Tense.Unknown) return t;
        }
        int sEnd = SentenceEnd(text, end);
        i = end;
        for (int words = 0; i < sEnd && words < 14;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            int s = i;
            while (i < sEnd && IsWordChar(text[i])) i++;
            words++;
            var t = Classify(text[s..i]);
            if (t != Tense.Unknown) return t;
        }
        return Tense.Unknown;
    }

    private static bool IsPassiveAuxiliaryBefore(ReadOnlySpan<char> text, int i, int sStart)
    {
        while (i >= sStart && !IsWordChar(text[i])) i--;
        int e = i + 1;
        while (i >= sStart && IsWordChar(text[i])) i--;
        var w = text[(i + 1)..e];
        return w.Equals("be", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
            || w.Equals("being", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’';

    private static Tense Classify(ReadOnlySpan<char> word)
    {
        var future = FutureCues.GetAlternateLookup<ReadOnlySpan<char>>();
        var past = PastCues.GetAlternateLookup<ReadOnlySpan<char>>();
        if (future.Contains(word) || word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase))
            return Tense.Future;
        if (past.Contains(word)) return Tense.Past;
        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !NotPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && char.IsLower(word[0]))
            return Tense.Past;
        return Tense.Unknown;
    }
}
