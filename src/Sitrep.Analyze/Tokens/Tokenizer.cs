using System.Globalization;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tokens;

/// <summary>Splits the text into Penn-Treebank-style tokens (as CoNLL-2003 is tokenized): "'s" and "n't" split off,
/// punctuation and quotes on their own, while "U.S.", "Gen.", "1,110", "3.5", "07:33", hyphenated words, e-mail
/// addresses and URLs stay whole. One pass over the text; allocates only the output list.</summary>
public sealed class Tokenizer(TokenizerOptions? options = null) : IComponent
{
    private readonly TokenizerOptions _options = options ?? new TokenizerOptions();

    public string Name => "tokenizer";

    public IReadOnlyList<LayerKey> Requires { get; } = [];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Tokens];

    public void Process(Document doc, CancellationToken ct)
    {
        var text = doc.Text.AsSpan();
        if (text.Length > _options.MaxTextLength)
        {
            doc.AddProblem(new Problem("tokens.input-too-long",
                $"Text has {text.Length:N0} characters, more than the limit of {_options.MaxTextLength:N0}; only the first {_options.MaxTextLength:N0} were tokenized. Raise TokenizerOptions.MaxTextLength or split the document.",
                Name, doc.Meta.Source, $"offset {_options.MaxTextLength}"));
            text = text[.._options.MaxTextLength];
        }
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens, ct);
        doc.Set(Layers.Tokens, Layer<Token>.From(tokens));
    }

    /// <summary>Appends the tokens of <paramref name="text"/> (offsets relative to its start) to <paramref name="output"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> output, CancellationToken ct = default)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            char c = text[i];
            if (IsSpaceLike(c)) { i++; continue; }
            int wl = WordCharLength(text, i);
            if (wl > 0)
            {
                if (IsUrlStart(text[i..]))
                {
                    int end = ScanUrl(text, i);
                    output.Add(new Token(TextSpan.FromBounds(i, end), TokenKind.Word));
                    i = end;
                    continue;
                }
                i = ScanWord(text, i, output);
                continue;
            }
            i = ScanPunctuation(text, i, output);
        }
    }

    /// <summary>Convenience for callers outside a pipeline: the token spans of <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var list = new List<Token>(text.Length / 5 + 4);
        Tokenize(text.AsSpan(), list);
        return list;
    }

    private static bool IsSpaceLike(char c)
        => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>Length (0, 1 or 2 UTF-16 units) of the letter, digit or combining mark at <paramref name="i"/>.</summary>
    private static int WordCharLength(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c) ? 1 : 0;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                return Rune.IsLetterOrDigit(new Rune(c, text[i + 1])) ? 2 : 0;
            return 0;
        }
        if (char.IsLetterOrDigit(c)) return 1;
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark ? 1 : 0;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> s)
        => s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && char.IsLetterOrDigit(s[4]));

    private static int ScanUrl(ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '<' or '>' or '“' or '”')) end++;
        // Sentence punctuation and closing brackets after a URL belong to the sentence, not the URL.
        while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '’' or '»') end--;
        return end;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int start, List<Token> output)
    {
        int n = text.Length, j = start, segmentStart = start;
        bool hasDot = false;
        while (true)
        {
            int wl;
            while (j < n && (wl = WordCharLength(text, j)) > 0) j += wl;
            if (j >= n) break;
            char ch = text[j];
            bool nextIsWord = j + 1 < n && WordCharLength(text, j + 1) > 0;
            if (TokenHeuristics.IsApostrophe(ch))
            {
                int k = j + 1;
                while (k < n && char.IsLetter(text[k])) k++;
                bool atWordEnd = k >= n || WordCharLength(text, k) == 0;
                var clitic = text[(j + 1)..k];
                if (atWordEnd && clitic.Equals("t", StringComparison.OrdinalIgnoreCase) && j - 1 > start && text[j - 1] is 'n' or 'N')
                {
                    output.Add(new Token(TextSpan.FromBounds(start, j - 1), KindOf(text, start)));
                    output.Add(new Token(TextSpan.FromBounds(j - 1, k), TokenKind.Word));
                    return k;
                }
                if (atWordEnd && clitic.Length > 0 && IsClitic(clitic))
                {
                    output.Add(new Token(TextSpan.FromBounds(start, j), KindOf(text, start)));
                    output.Add(new Token(TextSpan.FromBounds(j, k), TokenKind.Word));
                    return k;
                }
                if (nextIsWord && char.IsLetter(text[j + 1])) { j++; segmentStart = j; continue; }
                break;
            }
            if (ch == '@' && nextIsWord) { j++; segmentStart = j; continue; }
            // Currency prefixes stay whole: "US$", "C$", "HK$".
            if (ch == '$' && j - start <= 3 && IsAllUpper(text[start..j])) { j++; break; }
            if (!nextIsWord || !TokenHeuristics.InnerJoiners.Contains(ch)) break;
            char prev = text[j - 1], next = text[j + 1];
            bool join = ch switch
            {
                ',' or ':' => char.IsAsciiDigit(prev) && char.IsAsciiDigit(next),
                // "3.5", "U.S", "e.g", "reuters.com"; not "ended.The" (a missing space before a new sentence).
                '.' => (char.IsAsciiDigit(prev) && char.IsAsciiDigit(next)) || j - segmentStart == 1 || (char.IsLower(prev) && char.IsLower(next)),
                '&' => char.IsUpper(prev) && char.IsUpper(next),
                _ => true,
            };
            if (!join) break;
            if (ch == '.') hasDot = true;
            j++;
            segmentStart = j;
        }
        // A trailing period stays with acronyms ("U.S."), initials ("J.") and known abbreviations ("Gen.").
        if (j < n && text[j] == '.' && !(j + 1 < n && text[j + 1] == '.' && j + 2 < n && text[j + 2] == '.'))
        {
            var word = text[start..j];
            bool keep = hasDot && char.IsLetter(text[j - 1])
                || (word.Length == 1 && char.IsUpper(word[0]))
                || IsAbbreviation(word, text, j + 1);
            // A list number at the start of a line keeps its period ("1. Stefan Edberg"), as in CoNLL results.
            keep = keep || (word.Length <= 3 && IsAllDigits(word) && StartsLine(text, start));
            if (keep)
            {
                j++;
                // "U.S.-led": the acronym's period is inside the hyphenated word.
                if (hasDot && j + 1 < n && text[j] == '-' && char.IsLetter(text[j + 1]))
                    return ScanWordFrom(text, start, j + 1, output);
            }
        }
        output.Add(new Token(TextSpan.FromBounds(start, j), KindOf(text, start)));
        return j;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiLetterUpper(c)) return false;
        return s.Length > 0;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return s.Length > 0;
    }

    private static bool StartsLine(ReadOnlySpan<char> text, int start)
    {
        for (int k = start - 1; k >= 0; k--)
        {
            if (text[k] == '\n') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return true;
    }

    /// <summary>Continues a word whose token began at <paramref name="start"/> from <paramref name="from"/>, then
    /// widens the emitted token back to <paramref name="start"/>.</summary>
    private static int ScanWordFrom(ReadOnlySpan<char> text, int start, int from, List<Token> output)
    {
        int first = output.Count;
        int end = ScanWord(text, from, output);
        output[first] = new Token(TextSpan.FromBounds(start, output[first].Span.End), KindOf(text, start));
        return end;
    }

    private static bool IsClitic(ReadOnlySpan<char> clitic)
    {
        var lookup = TokenHeuristics.Clitics.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(clitic);
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word, ReadOnlySpan<char> text, int afterPeriod)
    {
        if (word.Length > 8 || !char.IsLetter(word[0])) return false;
        if (!TokenHeuristics.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        if (!TokenHeuristics.NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
        int k = afterPeriod;
        while (k < text.Length && text[k] == ' ') k++;
        return k < text.Length && char.IsAsciiDigit(text[k]);
    }

    private static TokenKind KindOf(ReadOnlySpan<char> text, int start)
        => char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word;

    private static int ScanPunctuation(ReadOnlySpan<char> text, int i, List<Token> output)
    {
        int n = text.Length;
        char c = text[i];
        int end = i + 1;
        var kind = TokenKind.Punctuation;
        switch (c)
        {
            case '.':
                if (i + 1 < n && char.IsAsciiDigit(text[i + 1]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    // ".5": the number token starts at the period.
                    int first = output.Count;
                    int e = ScanWord(text, i + 1, output);
                    output[first] = new Token(TextSpan.FromBounds(i, output[first].Span.End), TokenKind.Number);
                    return e;
                }
                while (end < n && text[end] == '.') end++;
                break;
            case '-':
                while (end < n && text[end] == c) end++;
                break;
            case '!':
            case '?':
                while (end < n && text[end] is '!' or '?') end++;
                break;
            case '`':
            case '\'':
            case '’':
                if (c != '’' && end < n && text[end] == c) { end++; break; }
                // A clitic written apart from its word ("Beatles 's") is still one token.
                if (c != '`')
                {
                    int k = end;
                    while (k < n && char.IsLetter(text[k])) k++;
                    if (k > end && (k >= n || WordCharLength(text, k) == 0) && IsClitic(text[end..k])) end = k;
                }
                break;
            case '+':
                // A sign before a number ("+44", "+0.05") belongs to it when it does not follow a word.
                if (end < n && char.IsAsciiDigit(text[end]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
                {
                    int first = output.Count;
                    int e = ScanWord(text, i + 1, output);
                    output[first] = new Token(TextSpan.FromBounds(i, output[first].Span.End), TokenKind.Number);
                    return e;
                }
                kind = TokenKind.Symbol;
                break;
            default:
                if (char.IsHighSurrogate(c) && end < n && char.IsLowSurrogate(text[end])) end++;
                if (!char.IsPunctuation(c)) kind = TokenKind.Symbol;
                break;
        }
        output.Add(new Token(TextSpan.FromBounds(i, end), kind));
        return end;
    }
}
