namespace Sitrep.Analyze.Quantities;

/// <summary>Options of <see cref="QuantityRecognizer"/>.</summary>
public sealed class QuantityRecognizerOptions
{
    /// <summary>Only the first this many characters are scanned; longer texts get a <c>quantities.input-too-long</c>
    /// problem. 2,000,000 characters is about 300,000 words, far beyond any article.</summary>
    public int MaxTextLength { get; init; } = 2_000_000;
}
