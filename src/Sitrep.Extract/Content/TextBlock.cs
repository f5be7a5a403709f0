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
}
