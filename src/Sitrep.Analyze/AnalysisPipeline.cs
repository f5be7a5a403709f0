using Sitrep.Analyze.Dates;
using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Analyze.Entities.Resolution;
using Sitrep.Analyze.Places;
using Sitrep.Analyze.Quantities;
using Sitrep.Analyze.Quotes;
using Sitrep.Analyze.Sentences;
using Sitrep.Analyze.Tokens;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze;

/// <summary>The default analysis: the order is the dependency order (each Use* names what it needs).</summary>
public static class AnalysisPipeline
{
    private static readonly Lazy<Pipeline> Shared = new(() => CreateBuilder().Build());

    /// <summary>The default pipeline, built once; models and lexicons load on first use.</summary>
    public static Pipeline Default => Shared.Value;

    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .UseTokenizer()
        .UseSentenceSplitter()
        .UseEntityRecognizer()
        .UseEntityResolver()
        .UsePlaceResolver()
        .UseDateResolver()
        .UseQuantityRecognizer()
        .UseQuoteAttributor();
}
