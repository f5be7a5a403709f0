namespace Sitrep.Extract.Loading;

/// <summary>Decoded page text and the charset used, with where it came from ("bom", "http", "meta", "detected", "default").</summary>
public sealed record DecodedText(string Text, string Charset, string CharsetSource);
