namespace Sitrep.Core.Annotations;

/// <summary>A word or punctuation token (Penn Treebank style: "'s" and punctuation are tokens of their own).</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind) : ISpanned;

public enum TokenKind { Word, Number, Punctuation, Symbol }
