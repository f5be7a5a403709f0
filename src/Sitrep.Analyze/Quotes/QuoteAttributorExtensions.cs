using Sitrep.Analyze.Sentences;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Quotes;

public static class QuoteAttributorExtensions
{
    /// <summary>Adds the <see cref="QuoteAttributor"/> after the sentence splitter it needs (added if absent). Add the
    /// entity recognizer and resolver before it to have sources linked to entities. Idempotent.</summary>
    public static PipelineBuilder UseQuoteAttributor(this PipelineBuilder builder, QuoteAttributorOptions? options = null)
        => builder.UseSentenceSplitter().Use(new QuoteAttributor(options ?? new QuoteAttributorOptions()));
}
