using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Dates;

public static class DateResolverExtensions
{
    /// <summary>Adds the <see cref="DateResolver"/> (idempotent).</summary>
    public static PipelineBuilder UseDateResolver(this PipelineBuilder builder, DateResolverOptions? options = null)
        => builder.Use(new DateResolver(options));
}
