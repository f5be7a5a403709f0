using Sitrep.Core.Annotations;

namespace Sitrep.Extract.Content;

/// <summary>A run of text between block boundaries: a range of the page buffer, its owner element, link share and
/// the count of sentence punctuation (a cheap sign of prose).</summary>
internal struct TextBlock
{
    public int Owner;
    public int Start, Length;
    public int LinkLength;
    public int Punctuation;
    /// <summary>Chinese, Japanese and Korean characters: each carries about as much as two Latin letters.</summary>
    public int Wide;
    public ParagraphKind Kind;

    /// <summary>The length in Latin-letter terms, for thresholds tuned on European text: wide characters count twice.</summary>
    public readonly int Weight => Length + Wide;

    /// <summary>CJK ideographs, kana, hangul and fullwidth forms; the vectorised range test keeps Latin blocks cheap.</summary>
    public static int CountWide(ReadOnlySpan<char> text)
    {
        int at = text.IndexOfAnyInRange('\u2E80', '\uFFEF');
        if (at < 0) return 0;
        int n = 0;
        foreach (var c in text[at..])
            if (c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF')) n++;
        return n;
    }
}
