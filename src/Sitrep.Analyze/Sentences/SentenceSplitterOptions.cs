namespace Sitrep.Analyze.Sentences;

/// <summary>Options for <see cref="SentenceSplitter"/>.</summary>
public sealed class SentenceSplitterOptions
{
    /// <summary>A sentence longer than this many tokens is cut (at the last comma, semicolon or colon in its second
    /// half, else hard), so text without sentence ends still yields bounded sentences. CoNLL-2003's longest sentence
    /// has 124 tokens; 150 leaves room for long news sentences.</summary>
    public int MaxSentenceTokens { get; init; } = 150;

    /// <summary>When true, every line break ends a sentence (for hard-wrapped headline lists); by default only a
    /// blank line does, so text wrapped inside a paragraph stays whole.</summary>
    public bool LineBreakEndsSentence { get; init; }
}
