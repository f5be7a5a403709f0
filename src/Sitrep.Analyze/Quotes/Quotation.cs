using Sitrep.Core;

namespace Sitrep.Analyze.Quotes;

/// <summary>A passage in quotation marks. <see cref="Outer"/> includes the marks; <see cref="Fragments"/> are the quoted
/// text per paragraph (a quote running over paragraphs has one fragment per paragraph, without the marks).</summary>
internal sealed record Quotation(TextSpan Outer, TextSpan[] Fragments)
{
    public int ContentStart => Fragments[0].Start;
    public int ContentEnd => Fragments[^1].End;
}
