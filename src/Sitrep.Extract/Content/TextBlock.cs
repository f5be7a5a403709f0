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
    public ParagraphKind Kind;
}
