namespace Sitrep.Core.Annotations;

/// <summary>A block of the extracted text; <see cref="Kind"/> says whether it is body, heading, list item or block quote.</summary>
public readonly record struct Paragraph(TextSpan Span, ParagraphKind Kind) : ISpanned;

public enum ParagraphKind { Body, Heading, ListItem, BlockQuote, Table }
