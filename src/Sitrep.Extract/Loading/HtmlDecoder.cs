using System.Text;
using System.Text.Unicode;
using UtfUnknown;

namespace Sitrep.Extract.Loading;

/// <summary>Turns page bytes into text: BOM, HTTP header charset, &lt;meta charset&gt;, http-equiv, then detection.
/// A declaration the bytes contradict (declared UTF-8 but invalid UTF-8; declared a legacy charset but the bytes
/// are well-formed multi-byte UTF-8) falls through to detection, because mis-declared pages are common and
/// mojibake poisons every later stage.</summary>
public static class HtmlDecoder
{
    /// <summary>Bytes given to the statistical detector; enough for a stable guess on any page.</summary>
    private const int DetectionSampleBytes = 256 * 1024;

    /// <summary>Below this confidence the detector's guess loses to windows-1252, the usual charset of
    /// undeclared Latin pages. Checked against extraction-dev's 27 non-UTF-8 pages (no "Ã" or U+FFFD left).</summary>
    private const float MinDetectorConfidence = 0.5f;

    /// <summary>Well-formed multi-byte sequences needed per invalid byte to keep a page as UTF-8. A Latin-1 page
    /// has almost none (its accented letters are all invalid); a UTF-8 page with a pasted Latin-1 word has many.</summary>
    private const int ValidPerInvalid = 4;
    private const int EarlyVerdictInvalid = 16;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        CharsetLabels.EnsureRegistered();
        if (TryBom(bytes, out var bomEncoding, out int bomLength))
            return new DecodedText(bomEncoding.GetString(bytes[bomLength..]), bomEncoding.WebName, "bom");

        var http = CharsetLabels.Resolve(CharsetPrescanner.CharsetFromContentType(contentType));
        if (http is not null && Fits(http, bytes, fromMeta: false))
            return Make(http, bytes, "http");

        var declared = CharsetPrescanner.FindDeclaredCharset(bytes);
        var meta = CharsetLabels.Resolve(declared);
        // A page cannot declare UTF-16 in ASCII-compatible bytes: the spec reads such a declaration as UTF-8.
        if (meta is not null && CharsetLabels.IsUtf16(meta)) meta = CharsetLabels.Utf8;
        if (meta is not null && Fits(meta, bytes, fromMeta: true))
            return Make(meta, bytes, "meta");

        return Detect(bytes);
    }

    private static DecodedText Make(Encoding encoding, ReadOnlySpan<byte> bytes, string source)
        => new(encoding.CodePage == 65001 ? DecodeUtf8Lenient(bytes) : encoding.GetString(bytes), encoding.WebName, source);

    /// <summary>UTF-8 where each invalid byte is read as windows-1252 instead of U+FFFD: the stray bytes in a
    /// mostly-UTF-8 page are nearly always a Latin-1 word pasted into a UTF-8 template.</summary>
    private static string DecodeUtf8Lenient(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return CharsetLabels.Utf8.GetString(bytes);
        var latin = CharsetLabels.Resolve("windows-1252")!;
        var sb = new StringBuilder(bytes.Length);
        Span<char> buffer = stackalloc char[1024];
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            sb.Append(buffer[..written]);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData && offset < bytes.Length)
            {
                sb.Append(latin.GetString(bytes.Slice(offset, 1)));
                offset++;
            }
            else if (status == System.Buffers.OperationStatus.Done) break;
        }
        return sb.ToString();
    }

    /// <summary>Phases of detection: pure ASCII or valid UTF-8 decode as UTF-8; otherwise ask UTF.Unknown and
    /// fall back to windows-1252 when it is unsure or names a charset .NET lacks.</summary>
    private static DecodedText Detect(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
            return new DecodedText(CharsetLabels.Utf8.GetString(bytes), "utf-8", Ascii.IsValid(bytes) ? "default" : "detected");
        if (MostlyUtf8(bytes))
            return Make(CharsetLabels.Utf8, bytes, "detected");
        var sample = bytes[..Math.Min(bytes.Length, DetectionSampleBytes)];
        var detected = CharsetDetector.DetectFromBytes(sample.ToArray()).Detected;
        var encoding = detected is { Confidence: >= MinDetectorConfidence } ? CharsetLabels.Resolve(detected.EncodingName) : null;
        // Invalid UTF-8 was ruled out above, so a detector that still says UTF-8 (or plain ASCII) is wrong here.
        if (encoding is null || encoding.CodePage is 65001 or 20127 || CharsetLabels.IsUtf16(encoding))
            return Make(CharsetLabels.Resolve("windows-1252")!, bytes, "default");
        // Western text whose letters (ä, é, €…) sit where another single-byte code page has the same ones (the
        // detector guessed Central European or Vietnamese) is named after the far commoner windows-1252, which reads
        // those bytes alike.
        if (encoding.IsSingleByte && encoding.CodePage != 1252 && CharsetLabels.Resolve("windows-1252") is { } western
            && western.GetString(sample).Equals(encoding.GetString(sample), StringComparison.Ordinal))
            return Make(western, bytes, "detected");
        return Make(encoding, bytes, "detected");
    }

    /// <summary>Whether the bytes are plausible in a declared encoding.</summary>
    private static bool Fits(Encoding encoding, ReadOnlySpan<byte> bytes, bool fromMeta)
    {
        if (encoding.CodePage == 65001) return Utf8.IsValid(bytes) || MostlyUtf8(bytes);
        if (CharsetLabels.IsUtf16(encoding)) return !fromMeta;
        // A legacy declaration over bytes that are valid UTF-8 and contain multi-byte sequences is almost
        // certainly a stale template: Latin-1 prose virtually never forms valid UTF-8 by accident.
        if (encoding.IsSingleByte || encoding.CodePage is 936 or 54936 or 932 or 949 or 950 or 51932 or 51949)
            return Ascii.IsValid(bytes) || !Utf8.IsValid(bytes);
        return true;
    }

    /// <summary>A UTF-8 page with a stray invalid byte or two (a truncated copy, one pasted Latin-1 word) is still
    /// UTF-8; many invalid sequences mean the declaration is wrong.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        // One linear pass: decode into a scratch buffer, counting invalid bytes and well-formed multi-byte starts.
        int valid = 0, invalid = 0, offset = 0;
        Span<char> scratch = stackalloc char[1024];
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            valid += CountMultiByte(bytes.Slice(offset, read));
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                invalid++;
                offset++;
                if (invalid >= EarlyVerdictInvalid && valid < invalid * ValidPerInvalid) return false;
            }
            else if (status == System.Buffers.OperationStatus.Done) break;
        }
        return valid >= invalid * ValidPerInvalid;
    }

    private static int CountMultiByte(ReadOnlySpan<byte> bytes)
    {
        int n = 0;
        foreach (var b in bytes) if (b >= 0xC2 && b <= 0xF4) n++;
        return n;
    }

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { encoding = CharsetLabels.Utf8; length = 3; return true; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { encoding = Encoding.Unicode; length = 2; return true; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { encoding = Encoding.BigEndianUnicode; length = 2; return true; }
        encoding = CharsetLabels.Utf8;
        length = 0;
        return false;
    }
}
