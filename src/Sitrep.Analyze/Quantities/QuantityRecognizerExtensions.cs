using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Quantities;

public static class QuantityRecognizerExtensions
{
    /// <summary>Adds the <see cref="QuantityRecognizer"/> (idempotent). Place it after the date resolver to let it
    /// skip numbers inside dates ("Aug. 9, 2023"); it also works alone.</summary>
    public static PipelineBuilder UseQuantityRecognizer(this PipelineBuilder builder, QuantityRecognizerOptions? options = null)
        => builder.Use(new QuantityRecognizer(options));
}
