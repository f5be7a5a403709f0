namespace Sitrep.Core.Annotations;

/// <summary>Who said what: content (possibly in several fragments), cue and source. <see cref="Span"/> covers all parts.</summary>
public sealed record Attribution(TextSpan Span, IReadOnlyList<TextSpan> Content, TextSpan? Cue, TextSpan? Source, AttributionKind Kind) : ISpanned
{
    /// <summary>Index into <see cref="Layers.Entities"/> of the named or pronoun-resolved speaker.</summary>
    public int? SourceEntity { get; init; }
    /// <summary>True for unnamed sources ("a U.S. official who asked not to be named").</summary>
    public bool Anonymous { get; init; }
    /// <summary>Description of the source as written, kept for anonymous sources.</summary>
    public string? SourceDescription { get; init; }
    /// <summary>Span of the pronoun when the source was a pronoun resolved to <see cref="SourceEntity"/>.</summary>
    public bool PronounResolved { get; init; }
}

public enum AttributionKind { Direct, Indirect, Mixed }
