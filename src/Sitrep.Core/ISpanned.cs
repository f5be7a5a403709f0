namespace Sitrep.Core;

/// <summary>An annotation that covers a span of the document text; layers are sorted by <see cref="Span"/>.Start.</summary>
public interface ISpanned
{
    TextSpan Span { get; }
}
