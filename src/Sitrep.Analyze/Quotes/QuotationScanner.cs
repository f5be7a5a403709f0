using Sitrep.Core;

namespace Sitrep.Analyze.Quotes;

/// <summary>Finds quoted passages in every common style: “…”, "…", ‘…’, «…», „…“ and straight quotes. A paragraph
/// that ends inside a quote continues it only when the next paragraph opens with the same mark (the English
/// convention); otherwise the opening mark is unbalanced and ignored. One pass, linear in the text length.</summary>
internal static class QuotationScanner
{
    /// <summary>Stands for the two-apostrophe mark while scanning; never a real character of the text.</summary>
    private const char DoubleApostrophe = '\uFFFF';

    public static List<Quotation> Find(string text, int maxQuoteLength)
    {
        var found = new List<Quotation>();
        var fragments = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            char open = text[i];
            if (!IsOpening(text, i)) { i++; continue; }
            // Two apostrophes stand for a double quotation mark in some archives (''Their strategy …,'' he said).
            int markLength = 1;
            if (open == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                open = DoubleApostrophe;
                markLength = 2;
                if (i + 2 >= text.Length || char.IsWhiteSpace(text[i + 2])) { i += 2; continue; }
            }
            fragments.Clear();
            int fragmentStart = i + markLength, limit = Math.Min(text.Length, i + maxQuoteLength), j = i + markLength;
            bool closed = false;
            while (j < limit)
            {
                char c = text[j];
                if (IsClosing(text, j, open))
                {
                    fragments.Add(TextSpan.FromBounds(fragmentStart, j));
                    closed = true;
                    if (open == DoubleApostrophe) j++;
                    break;
                }
                if (c == '\n')
                {
                    int next = j;
                    while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                    if (next + markLength < text.Length && text[next] == text[i] && text[next + markLength - 1] == text[i + markLength - 1] && !char.IsWhiteSpace(text[next + markLength]))
                    {
                        fragments.Add(TrimEnd(text, fragmentStart, j));
                        fragmentStart = next + markLength;
                        j = next + markLength;
                        continue;
                    }
                    break;
                }
                // A second opening double mark before any closing one means the first was never closed.
                if (c == open && open is '“' or '«' or '„') break;
                j++;
            }
            if (closed && fragments.Exists(static f => f.Length > 0))
            {
                found.Add(new Quotation(TextSpan.FromBounds(i, j + 1), [.. fragments]));
                i = j + 1;
            }
            else i = Math.Max(i + 1, j);
        }
        return found;
    }

    private static TextSpan TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }

    private static bool IsOpening(string text, int i)
    {
        char c = text[i];
        bool nextIsText = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        bool atWordStart = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/' or '“' or '"' or ':';
        return c switch
        {
            '“' or '«' or '„' => nextIsText,
            '"' => nextIsText && atWordStart,
            // Single marks double as apostrophes: open only at a word start.
            '‘' or '\'' => nextIsText && atWordStart,
            _ => false,
        };
    }

    private static bool IsClosing(string text, int j, char open)
    {
        char c = text[j];
        bool prevIsText = j > 0 && !char.IsWhiteSpace(text[j - 1]);
        bool nextIsLetter = j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]);
        return open switch
        {
            '“' => c == '”' || (c == '"' && prevIsText),
            '«' => c == '»',
            '„' => c is '“' or '”',
            '"' => c is '"' or '”' && prevIsText && !nextIsLetter,
            // "Clinton’s" and "don’t" are apostrophes, not the end of a single-quoted passage.
            '‘' => c is '’' or '\'' && prevIsText && !nextIsLetter,
            '\'' => c is '\'' or '’' && prevIsText && !nextIsLetter,
            DoubleApostrophe => c == '\'' && j + 1 < text.Length && text[j + 1] == '\'' && prevIsText,
            _ => false,
        };
    }
}
