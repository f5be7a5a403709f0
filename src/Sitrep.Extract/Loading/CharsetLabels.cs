using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Extract.Loading;

/// <summary>Maps charset labels as pages write them to .NET encodings, following the WHATWG Encoding Standard's
/// aliases where they differ from IANA (browsers decode "iso-8859-1" and "ascii" as windows-1252, so pages
/// labelled that way routinely contain 0x80–0x9F punctuation).</summary>
internal static class CharsetLabels
{
    static CharsetLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Call before any Encoding.GetEncoding(codepage): the static constructor registers the code pages once.</summary>
    internal static void EnsureRegistered() { }

    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["utf8"] = "utf-8", ["unicode-1-1-utf-8"] = "utf-8", ["unicode11utf8"] = "utf-8", ["unicode20utf8"] = "utf-8", ["x-unicode20utf8"] = "utf-8",
        ["iso-8859-1"] = "windows-1252", ["iso8859-1"] = "windows-1252", ["iso_8859-1"] = "windows-1252", ["iso88591"] = "windows-1252",
        ["latin1"] = "windows-1252", ["l1"] = "windows-1252", ["ascii"] = "windows-1252", ["us-ascii"] = "windows-1252",
        ["ansi_x3.4-1968"] = "windows-1252", ["cp1252"] = "windows-1252", ["x-cp1252"] = "windows-1252", ["cp819"] = "windows-1252",
        ["ibm819"] = "windows-1252", ["iso-ir-100"] = "windows-1252", ["csisolatin1"] = "windows-1252",
        ["iso-8859-9"] = "windows-1254", ["iso8859-9"] = "windows-1254", ["latin5"] = "windows-1254", ["l5"] = "windows-1254",
        ["tis-620"] = "windows-874", ["iso-8859-11"] = "windows-874",
        ["gb2312"] = "gbk", ["chinese"] = "gbk", ["csgb2312"] = "gbk", ["x-gbk"] = "gbk", ["gb_2312-80"] = "gbk",
        ["x-sjis"] = "shift_jis", ["sjis"] = "shift_jis", ["ms_kanji"] = "shift_jis", ["windows-31j"] = "shift_jis",
        ["ks_c_5601-1987"] = "euc-kr", ["windows-949"] = "euc-kr",
        ["x-user-defined"] = "windows-1252",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The encoding for a label, or null when the label is unknown or unsupported.</summary>
    internal static Encoding? Resolve(ReadOnlySpan<char> label)
    {
        label = label.Trim().Trim("\"'");
        if (label.IsEmpty || label.Length > 40) return null;
        var name = label.ToString();
        if (Aliases.TryGetValue(name, out var alias)) name = alias;
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return Utf8;
        if (name.Equals("gbk", StringComparison.OrdinalIgnoreCase)) name = "gb18030";
        try
        {
            EnsureRegistered();
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static bool IsUtf16(Encoding e) => e.CodePage is 1200 or 1201 or 12000 or 12001;
}
