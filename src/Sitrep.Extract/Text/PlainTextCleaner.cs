using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Extract.Text;

/// <summary>Cleans already-extracted text (copied or syndicated articles). STUB until text mode lands.</summary>
public sealed class PlainTextCleaner
{
    public CleanedText Clean(string text)
    {
        var t = text.Trim();
        return new CleanedText(t, null, [new Paragraph(new TextSpan(0, t.Length), ParagraphKind.Body)], new Dictionary<string, int>(), null);
    }
}

/// <summary>Cleaned text, its paragraphs (spans over <see cref="Text"/>), title if one was recognized, removals and syndication.</summary>
public sealed record CleanedText(string Text, string? Title, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyDictionary<string, int> Removed, Syndication? Syndication);
