using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tokens;

public static class TokenizerPipelineExtensions
{
    /// <summary>Adds the <see cref="Tokenizer"/> (idempotent).</summary>
    public static PipelineBuilder UseTokenizer(this PipelineBuilder builder, TokenizerOptions? options = null)
        => builder.Use(new Tokenizer(options));
}
