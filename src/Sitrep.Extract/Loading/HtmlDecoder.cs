using System.Text;

namespace Sitrep.Extract.Loading;

/// <summary>Turns page bytes into text: BOM, HTTP header charset, &lt;meta charset&gt;, http-equiv, then detection.</summary>
public static class HtmlDecoder
{
    // STUB: replaced by the charset work (owner: metadata/charset helper).
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? contentType)
        => new(Encoding.UTF8.GetString(bytes), "utf-8", "default");
}

/// <summary>Decoded page text and the charset used, with where it came from ("bom", "http", "meta", "detected", "default").</summary>
public sealed record DecodedText(string Text, string Charset, string CharsetSource);
