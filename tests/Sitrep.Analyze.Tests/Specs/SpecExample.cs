namespace Sitrep.Analyze.Tests.Specs;

/// <summary>One example of a spec file: plain text, the publication date line (if any), and the expected annotations.</summary>
public sealed record SpecExample(string Location, string Source, string Text, DateTimeOffset? Published, bool PublishedHasTime,
    IReadOnlyList<SpecAnnotation> Expected);

/// <summary>An inline annotation "[text]{LABEL=value; key=value}" with its offsets in the plain text.</summary>
public sealed record SpecAnnotation(int Start, int Length, string Label, string? Value, IReadOnlyList<KeyValuePair<string, string>> Attributes);
