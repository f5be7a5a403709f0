namespace Sitrep.Analyze.Quantities;

/// <summary>Splits text into the coarse tokens the quantity scanner walks: words (letters with inner hyphens or
/// apostrophes), numerals (digits with inner "," or "." before a digit) and single other characters.</summary>
internal static class ScanTokenizer
{
    public static void Tokenize(ReadOnlySpan<char> text, List<ScanToken> tokens)
    {
        int i = 0;
        bool space = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = true; i++; continue; }
            int start = i;
            ScanTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                    || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
                kind = ScanTokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetter(text[i])
                    || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                kind = ScanTokenKind.Word;
            }
            else
            {
                i++;
                kind = ScanTokenKind.Symbol;
            }
            tokens.Add(new ScanToken(start, i - start, kind, space));
            space = false;
        }
    }
}
