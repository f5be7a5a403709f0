namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Options for <see cref="EntityRecognizer"/>.</summary>
public sealed class EntityRecognizerOptions
{
    /// <summary>Mentions whose confidence (mean marginal probability of their tags) is below this are dropped.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Documents with more tokens than this are recognized up to this many, with a
    /// <c>ner.input-too-long</c> problem. One million tokens is about 5 MB of text.</summary>
    public int MaxTokens { get; init; } = 1_000_000;

    /// <summary>Longer sentences are tagged in windows of this many tokens so work per sentence stays bounded.</summary>
    public int MaxSentenceTokens { get; init; } = 250;
}
