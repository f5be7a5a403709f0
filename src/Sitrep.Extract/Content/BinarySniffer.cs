namespace Sitrep.Extract.Content;

/// <summary>Recognises input that is not text at all (PDF, images, archives, random bytes), so it gets a clear
/// problem instead of being mined for "paragraphs" of junk.</summary>
internal static class BinarySniffer
{
    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"), ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"), ("GIF89a"u8.ToArray(), "a GIF image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'P', (byte)'K', 3, 4], "a ZIP archive"), ([0x1F, 0x8B], "gzip-compressed data"),
        ([(byte)'R', (byte)'I', (byte)'F', (byte)'F'], "a RIFF media file (WebP, WAV, AVI)"), ([0x00, 0x00, 0x00], "binary data"),
    ];

    /// <summary>What the bytes look like when they are binary, or null when they may be text.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in Signatures)
            if (bytes.StartsWith(magic)) return kind;
        // UTF-16 text is full of zero bytes; leave it to the decoder.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C or 0x1B) || b == 0x7F) control++;
        // Text, in any 8-bit or UTF-8 encoding, has next to no control bytes; random or compressed data has one in
        // eight. Two in a hundred leaves room for the odd stray control character a CMS lets through.
        return sample.Length >= 64 && control > sample.Length / MaxControlShareDivisor ? "binary data" : null;
    }

    /// <summary>The same for text handed over already decoded: signatures only, plus junk when it does not start as markup.</summary>
    public static string? Describe(ReadOnlySpan<char> text)
    {
        var head = text.TrimStart("\uFEFF \t\r\n");
        if (head.StartsWith("%PDF-", StringComparison.Ordinal)) return "a PDF document";
        if (head.Length > 4 && head[1..].StartsWith("PNG", StringComparison.Ordinal)) return "a PNG image";
        if (head.StartsWith("<")) return null;
        var sample = head[..Math.Min(head.Length, 8192)];
        int control = 0, replaced = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD') replaced++;
            else if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        }
        // Mis-decoded text in a Latin script has many U+FFFD but few control characters; junk has both.
        return sample.Length >= 64 && (control > sample.Length / MaxControlShareDivisor || control + replaced > sample.Length / 10) ? "binary data" : null;
    }

    /// <summary>More than one character in this many being a control character (or U+FFFD) means binary.</summary>
    private const int MaxControlShareDivisor = 50;
}
