namespace Sitrep.Extract.Metadata;

/// <summary>Detects the language of a text as an ISO 639-1 code (SearchPioneer.Lingua).</summary>
public sealed class LanguageIdentifier
{
    // STUB: replaced by the metadata helper.
    public string? Detect(string text) => null;
}
