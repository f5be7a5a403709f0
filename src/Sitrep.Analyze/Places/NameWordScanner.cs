using Sitrep.Core;

namespace Sitrep.Analyze.Places;

/// <summary>Splits text into words for gazetteer and title matching, without depending on the tokenizer layer:
/// letters and digits, inner apostrophes and hyphens ("N'Djamena", "Guinea-Bissau"), dotted abbreviations ("U.S.");
/// a possessive "'s" is left out of the word ("Niger's" → "Niger").</summary>
internal static class NameWordScanner
{
    public static void Scan(ReadOnlySpan<char> text, List<TextSpan> words)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            i = ScanAbbreviation(text, i);
            if (i == start)
            {
                while (i < text.Length)
                {
                    char c = text[i];
                    if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                    if ((c == '\'' || c == '’' || c == '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))
                    {
                        i += 2;
                        continue;
                    }
                    break;
                }
            }
            words.Add(TextSpan.FromBounds(start, i));
            if (i < text.Length && text[i] is '\'' or '’' && IsPossessive(text, i)) i += 2;
        }
    }

    /// <summary>True when the word starts with a capital ("Niamey") or is an elided particle before one ("d'Ivoire").</summary>
    public static bool IsCapitalized(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (char.IsUpper(word[0])) return true;
        return word.Length > 2 && (word[1] == '\'' || word[1] == '’') && char.IsUpper(word[2]);
    }

    /// <summary>True when the word at <paramref name="start"/> opens a sentence, a line or the text.</summary>
    public static bool StartsSentence(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c == '\n' || c == '\r') return true;
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '—' or '–') continue;
            return c is '.' or '!' or '?' or ':' or '•';
        }
        return true;
    }

    private static bool IsPossessive(ReadOnlySpan<char> text, int apostrophe)
        => text[apostrophe] != '-' && apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' or 'S'
           && (apostrophe + 2 >= text.Length || !char.IsLetterOrDigit(text[apostrophe + 2]));

    // "U.S.", "U.K.", "D.C.": single capitals each followed by a period; returns start when there is none.
    private static int ScanAbbreviation(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        int letters = 0;
        while (i + 1 < text.Length && char.IsUpper(text[i]) && text[i + 1] == '.' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]) || char.IsUpper(text[i + 2])))
        {
            if (i + 2 < text.Length && char.IsLetter(text[i + 2]) && (i + 3 >= text.Length || text[i + 3] != '.')) break;
            i += 2;
            letters++;
        }
        return letters >= 2 ? i : start;
    }
}
