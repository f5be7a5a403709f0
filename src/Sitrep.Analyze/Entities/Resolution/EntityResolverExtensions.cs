using Sitrep.Analyze.Places;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Entities.Resolution;

public static class EntityResolverExtensions
{
    /// <summary>Adds <see cref="EntityResolver"/>; it needs the entity mentions of the recogniser, so place it after.</summary>
    public static PipelineBuilder UseEntityResolver(this PipelineBuilder builder, EntityResolverOptions? options = null)
        => builder.Use(new EntityResolver(Gazetteer.Default, options ?? new EntityResolverOptions()));
}
