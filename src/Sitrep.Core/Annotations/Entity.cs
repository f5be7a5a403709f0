namespace Sitrep.Core.Annotations;

/// <summary>Mentions of one entity in a document grouped under a canonical name. <see cref="Span"/> is the first mention.</summary>
public sealed record Entity(TextSpan Span, string Name, EntityType Type) : ISpanned
{
    /// <summary>Indexes into <see cref="Layers.EntityMentions"/>.</summary>
    public IReadOnlyList<int> Mentions { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Titles and roles attached to a person or body ("Acting Secretary of State").</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>Finer class when known: GPE, NORP, …</summary>
    public string? Subtype { get; init; }
}
