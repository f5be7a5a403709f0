using System.Text;

namespace Sitrep.Extract.Loading;

/// <summary>Finds a charset declared in the first bytes of a page, as the HTML spec's "prescan a byte stream to
/// determine its encoding" does: skips comments and other tags (honouring quoted attribute values), and reads
/// &lt;meta charset&gt; or &lt;meta http-equiv="Content-Type" content="…charset=…"&gt;.</summary>
internal static class CharsetPrescanner
{
    /// <summary>The spec scans 1024 bytes; real pages put long scripts and styles first, so we look further.</summary>
    internal const int PrescanBytes = 4096;

    /// <summary>The declared charset label, or null when none is declared in the prescan window.</summary>
    internal static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var s = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] != (byte)'<') { i++; continue; }
            var rest = s[i..];
            if (rest.StartsWith("<!--"u8))
            {
                int end = rest[4..].IndexOf("-->"u8);
                if (end < 0) return null;
                i += 4 + end + 3;
            }
            else if (StartsWithIgnoreCase(rest, "<meta"u8) && rest.Length > 5 && IsSpaceOrSlash(rest[5]))
            {
                i += 5;
                var label = ReadMetaCharset(s, ref i);
                if (label is not null && CharsetLabels.Resolve(label) is not null) return label;
            }
            else if (rest.Length > 1 && (IsAsciiLetter(rest[1]) || (rest[1] == '/' && rest.Length > 2 && IsAsciiLetter(rest[2]))))
            {
                bool closing = rest[1] == '/';
                i += closing ? 2 : 1;
                int nameStart = i;
                while (i < s.Length && !IsSpaceOrSlash(s[i]) && s[i] != '>') i++;
                var tagName = s[nameStart..i];
                while (ReadAttribute(s, ref i, out _, out _)) { }
                // Script and style bodies are not markup: a string holding "<meta charset=…>" declares nothing.
                if (!closing && (EqualsIgnoreCase(tagName, "script"u8) || EqualsIgnoreCase(tagName, "style"u8)))
                {
                    int end = IndexOfIgnoreCase(s[i..], "</"u8, tagName);
                    if (end < 0) return null;
                    i += end;
                }
            }
            else if (rest.Length > 1 && rest[1] is (byte)'!' or (byte)'/' or (byte)'?')
            {
                int end = rest.IndexOf((byte)'>');
                if (end < 0) return null;
                i += end + 1;
            }
            else i++;
        }
        return null;
    }

    private static string? ReadMetaCharset(ReadOnlySpan<byte> s, ref int i)
    {
        string? charset = null, content = null;
        bool httpEquivContentType = false;
        while (ReadAttribute(s, ref i, out var name, out var value))
        {
            if (name.Equals("charset", StringComparison.Ordinal)) charset ??= value;
            else if (name.Equals("content", StringComparison.Ordinal)) content ??= value;
            else if (name.Equals("http-equiv", StringComparison.Ordinal)) httpEquivContentType |= value.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase);
        }
        if (charset is not null) return charset;
        if (httpEquivContentType && content is not null) return CharsetFromContentType(content);
        return null;
    }

    /// <summary>Reads one attribute; false at the end of the tag (after consuming '&gt;') or of the input.</summary>
    private static bool ReadAttribute(ReadOnlySpan<byte> s, ref int i, out string name, out string value)
    {
        name = value = "";
        while (i < s.Length && (IsSpace(s[i]) || s[i] == '/')) i++;
        if (i >= s.Length) return false;
        if (s[i] == '>') { i++; return false; }
        int nameStart = i;
        i++;
        while (i < s.Length && s[i] != '=' && !IsSpaceOrSlash(s[i]) && s[i] != '>') i++;
        name = Encoding.ASCII.GetString(s[nameStart..i]).ToLowerInvariant();
        while (i < s.Length && IsSpace(s[i])) i++;
        if (i >= s.Length || s[i] != '=') return true;
        i++;
        while (i < s.Length && IsSpace(s[i])) i++;
        if (i >= s.Length) return true;
        if (s[i] is (byte)'"' or (byte)'\'')
        {
            byte quote = s[i++];
            int end = s[i..].IndexOf(quote);
            int stop = end < 0 ? s.Length : i + end;
            value = Encoding.ASCII.GetString(s[i..stop]);
            i = Math.Min(s.Length, stop + 1);
        }
        else
        {
            int start = i;
            while (i < s.Length && !IsSpace(s[i]) && s[i] != '>') i++;
            value = Encoding.ASCII.GetString(s[start..i]);
        }
        return true;
    }

    /// <summary>The charset parameter of a Content-Type value ("text/html; charset=utf-8"), or null.</summary>
    internal static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var span = contentType.AsSpan();
        int at = span.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var rest = span[(at + 7)..].TrimStart();
            if (!rest.IsEmpty && rest[0] == '=')
            {
                rest = rest[1..].TrimStart();
                if (!rest.IsEmpty && rest[0] is '"' or '\'')
                {
                    char quote = rest[0];
                    rest = rest[1..];
                    int close = rest.IndexOf(quote);
                    return close < 0 ? null : rest[..close].ToString();
                }
                int end = rest.IndexOfAny(';', ' ', ',');
                var value = end < 0 ? rest : rest[..end];
                return value.IsEmpty ? null : value.ToString();
            }
            int next = span[(at + 7)..].IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 7 + next;
        }
        return null;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lowerPrefix)
    {
        if (s.Length < lowerPrefix.Length) return false;
        for (int k = 0; k < lowerPrefix.Length; k++)
            if ((s[k] | 0x20) != lowerPrefix[k] && s[k] != lowerPrefix[k]) return false;
        return true;
    }

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lower)
        => s.Length == lower.Length && StartsWithIgnoreCase(s, lower);

    /// <summary>Index of "&lt;/" followed by <paramref name="name"/>, ignoring case; -1 when absent.</summary>
    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> open, ReadOnlySpan<byte> name)
    {
        int from = 0;
        while (true)
        {
            int at = s[from..].IndexOf(open);
            if (at < 0) return -1;
            at += from;
            var after = s[(at + open.Length)..];
            if (after.Length >= name.Length && EqualsIgnoreCase(after[..name.Length], LowerAscii(name))) return at;
            from = at + open.Length;
        }
    }

    private static byte[] LowerAscii(ReadOnlySpan<byte> s)
    {
        var r = s.ToArray();
        for (int k = 0; k < r.Length; k++) if (r[k] >= 'A' && r[k] <= 'Z') r[k] |= 0x20;
        return r;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';
    private static bool IsSpaceOrSlash(byte b) => IsSpace(b) || b == '/';
    private static bool IsAsciiLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';
}
