namespace Sitrep.Core.Annotations;

public readonly record struct Sentence(TextSpan Span) : ISpanned;
