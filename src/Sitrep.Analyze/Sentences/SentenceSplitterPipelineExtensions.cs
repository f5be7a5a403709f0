using Sitrep.Analyze.Tokens;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Sentences;

public static class SentenceSplitterPipelineExtensions
{
    /// <summary>Adds the <see cref="SentenceSplitter"/>, and the <see cref="Tokenizer"/> it needs if absent
    /// (inserted before it, since sentences are built from tokens). Idempotent.</summary>
    public static PipelineBuilder UseSentenceSplitter(this PipelineBuilder builder, SentenceSplitterOptions? options = null)
    {
        builder.InsertBefore<SentenceSplitter>(new Tokenizer());
        return builder.Use(new SentenceSplitter(options));
    }
}
