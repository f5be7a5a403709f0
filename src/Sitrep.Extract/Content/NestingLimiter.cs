using System.Text;

namespace Sitrep.Extract.Content;

/// <summary>Flattens markup nested deeper than a limit before parsing: start tags (and their end tags) beyond the
/// limit are dropped and their text kept. One linear scan; the copy is made only when something is dropped. The HTML
/// parser's own depth cap keeps the tree shallow, but it spends quadratic time on 100,000 nested elements.</summary>
internal static class NestingLimiter
{
    public static string Limit(string html, int maxDepth, out bool flattened)
    {
        flattened = false;
        StringBuilder? copy = null;
        int copiedTo = 0, depth = 0, dropped = 0, i = 0;
        var span = html.AsSpan();
        while (i < span.Length)
        {
            int lt = span[i..].IndexOf('<');
            if (lt < 0) break;
            lt += i;
            if (lt + 1 >= span.Length) break;
            char next = span[lt + 1];
            if (next == '!' || next == '?')
            {
                int end = span[lt..].StartsWith("<!--") ? IndexAfter(span, "-->", lt + 4) : IndexAfter(span, ">", lt + 2);
                if (end < 0) break;
                i = end;
                continue;
            }
            bool closing = next == '/';
            int nameStart = lt + (closing ? 2 : 1), nameEnd = nameStart;
            while (nameEnd < span.Length && char.IsAsciiLetterOrDigit(span[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart])) { i = lt + 1; continue; }
            int gt = span[nameEnd..].IndexOf('>');
            if (gt < 0) break;
            gt += nameEnd;
            var name = span[nameStart..nameEnd];
            i = gt + 1;
            if (!closing && IsRawText(name))
            {
                // Skip script/style bodies: a "<" inside them is not a tag.
                int close = IndexOfCloseTag(span, name, i);
                i = close < 0 ? span.Length : close;
                continue;
            }
            if (IsVoidOrImplied(name) || !closing && span[gt - 1] == '/') continue;
            if (!closing)
            {
                if (depth < maxDepth) { depth++; continue; }
                dropped++;
            }
            else
            {
                if (dropped == 0) { if (depth > 0) depth--; continue; }
                dropped--;
            }
            copy ??= new StringBuilder(html.Length);
            copy.Append(span[copiedTo..lt]);
            copiedTo = gt + 1;
            flattened = true;
        }
        if (copy is null) return html;
        copy.Append(span[copiedTo..]);
        return copy.ToString();
    }

    private static int IndexAfter(ReadOnlySpan<char> span, string token, int from)
    {
        int at = span[from..].IndexOf(token, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at + token.Length;
    }

    private static int IndexOfCloseTag(ReadOnlySpan<char> span, ReadOnlySpan<char> name, int from)
    {
        for (int i = from; ;)
        {
            int at = span[i..].IndexOf("</", StringComparison.Ordinal);
            if (at < 0) return -1;
            at += i;
            if (span[(at + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase)) return at;
            i = at + 2;
        }
    }

    private static bool IsRawText(ReadOnlySpan<char> name)
        => name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)
        || name.Equals("xmp", StringComparison.OrdinalIgnoreCase) || name.Equals("plaintext", StringComparison.OrdinalIgnoreCase);

    /// <summary>Void elements never nest; p, li, td and the like are closed implicitly, so they do not add depth.
    /// Runs for every tag of every page, so it branches on length and first letter before comparing.</summary>
    private static bool IsVoidOrImplied(ReadOnlySpan<char> name)
    {
        char first = (char)(name[0] | 0x20); // ASCII lower case; names here start with a letter
        return name.Length switch
        {
            1 => first == 'p',
            2 => first switch
            {
                'b' => Is(name, "br"),
                'h' => Is(name, "hr"),
                'l' => Is(name, "li"),
                'd' => Is(name, "dt") || Is(name, "dd"),
                't' => Is(name, "tr") || Is(name, "td") || Is(name, "th"),
                'r' => Is(name, "rp") || Is(name, "rt"),
                _ => false,
            },
            3 => first switch { 'i' => Is(name, "img"), 'c' => Is(name, "col"), 'w' => Is(name, "wbr"), _ => false },
            4 => first switch
            {
                'm' => Is(name, "meta"),
                'l' => Is(name, "link"),
                'a' => Is(name, "area"),
                'b' => Is(name, "base") || Is(name, "body"),
                'h' => Is(name, "html") || Is(name, "head"),
                _ => false,
            },
            5 => first switch
            {
                'i' => Is(name, "input"),
                'e' => Is(name, "embed"),
                'p' => Is(name, "param"),
                't' => Is(name, "track") || Is(name, "tbody") || Is(name, "thead") || Is(name, "tfoot"),
                _ => false,
            },
            6 => first switch { 's' => Is(name, "source"), 'o' => Is(name, "option"), _ => false },
            _ => false,
        };

        static bool Is(ReadOnlySpan<char> name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);
    }
}
