using Sitrep.Core;

namespace Sitrep.Analyze.Quotes;

/// <summary>Splits a stretch of text into words and single punctuation marks for cue and source matching.
/// Deliberately small: words keep inner apostrophes, hyphens and abbreviation dots ("U.S.", "Mr.", "don't"), so the
/// attributor does not depend on how a full tokenizer splits clitics.</summary>
public static class CueTokenScanner
{
    /// <summary>Appends the words and punctuation marks of <paramref name="range"/> to <paramref name="output"/>.</summary>
    public static void Scan(ReadOnlySpan<char> text, TextSpan range, List<TextSpan> output)
    {
        int i = range.Start, end = Math.Min(range.End, text.Length);
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                output.Add(new TextSpan(i, 1));
                i++;
                continue;
            }
            int start = i++;
            while (i < end)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c)) { i++; continue; }
                // Inner joiners stay in the word only when a letter or digit follows them.
                if (c is '\'' or '\u2019' or '-' or '.' or '&' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { i += 2; continue; }
                // Abbreviation dot: "U.S." / "Mr." (a single capital or a short title before the dot).
                if (c == '.' && IsAbbreviation(text[start..i])) { i++; }
                break;
            }
            output.Add(TextSpan.FromBounds(start, i));
        }
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
        => word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || AttributionHeuristics.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
