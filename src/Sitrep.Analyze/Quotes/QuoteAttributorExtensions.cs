using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Quotes;

public static class QuoteAttributorExtensions
{
    /// <summary>Adds the <see cref="QuoteAttributor"/> (needs sentences earlier in the pipeline).</summary>
    public static PipelineBuilder UseQuoteAttributor(this PipelineBuilder builder, QuoteAttributorOptions? options = null)
        => builder.Use(new QuoteAttributor(options ?? new QuoteAttributorOptions()));
}
