using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Extract.Content;

/// <summary>The assembled article body: text with blank lines between paragraphs, the paragraph spans, the amount
/// of running text, what was removed, and an "originally published" statement if one was found.</summary>
public sealed record ArticleBody(string Text, IReadOnlyList<Paragraph> Paragraphs, int ProseLength,
    IReadOnlyDictionary<string, int> Removed, Syndication? Syndication)
{
    /// <summary>The people named by the byline printed above the text, which was taken out of it.</summary>
    public IReadOnlyList<string> PrintedAuthors { get; init; } = [];
}
