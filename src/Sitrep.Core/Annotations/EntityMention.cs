namespace Sitrep.Core.Annotations;

/// <summary>One occurrence of a named entity; <see cref="Entity"/> indexes <see cref="Layers.Entities"/> (-1 before resolution).</summary>
public readonly record struct EntityMention(TextSpan Span, EntityType Type, int Entity = -1, double Confidence = 1) : ISpanned;
