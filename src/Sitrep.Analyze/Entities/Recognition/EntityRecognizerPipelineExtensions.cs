using Sitrep.Analyze.Sentences;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Entities.Recognition;

public static class EntityRecognizerPipelineExtensions
{
    /// <summary>Adds the <see cref="EntityRecognizer"/> after the tokenizer and sentence splitter it needs (added
    /// if absent). Idempotent.</summary>
    public static PipelineBuilder UseEntityRecognizer(this PipelineBuilder builder, EntityRecognizerOptions? options = null, NerModel? model = null)
        => builder.UseSentenceSplitter().Use(new EntityRecognizer(options, model));
}
