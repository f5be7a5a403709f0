namespace Sitrep.Core.Pipeline;

/// <summary>A component whose rules or model only hold for some languages (ISO 639-1 codes). The pipeline skips it,
/// with a Problem saying why, on documents detected to be in another language.</summary>
public interface ILanguageSpecific
{
    IReadOnlyList<string> Languages { get; }
}
