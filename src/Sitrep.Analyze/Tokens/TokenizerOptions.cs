namespace Sitrep.Analyze.Tokens;

/// <summary>Limits for <see cref="Tokenizer"/>.</summary>
public sealed class TokenizerOptions
{
    /// <summary>Texts longer than this (UTF-16 units) are tokenized up to this length only, with a
    /// <c>tokens.input-too-long</c> problem; 32 Mi units is far beyond any article and keeps memory bounded.</summary>
    public int MaxTextLength { get; init; } = 32 * 1024 * 1024;
}
