using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Places;

public static class PlaceResolverExtensions
{
    /// <summary>Adds <see cref="PlaceResolver"/> with the embedded gazetteer. It reads entity mentions when an earlier
    /// component produced them, so place it after the recogniser.</summary>
    public static PipelineBuilder UsePlaceResolver(this PipelineBuilder builder, PlaceResolverOptions? options = null)
        => builder.Use(new PlaceResolver(Gazetteer.Default, options ?? new PlaceResolverOptions()));
}
