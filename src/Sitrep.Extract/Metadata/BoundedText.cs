using System.Buffers;
using AngleSharp.Dom;
using Sitrep.Extract.Content;

namespace Sitrep.Extract.Metadata;

/// <summary>The length of an element's text content without building it: filters like "shorter than 300
/// characters" run over whole-page containers, whose TextContent would copy the page each time.</summary>
internal static class BoundedText
{
    /// <summary>The length of the node's TextContent (all descendant text nodes), or some value above
    /// <paramref name="max"/> as soon as the count passes it.</summary>
    internal static int Length(INode root, int max)
    {
        int length = 0;
        foreach (var text in DomWalk.TextNodes(root))
            if ((length += text.Data.Length) > max) break;
        return length;
    }

    /// <summary>Like <see cref="Length"/>, also saying whether a text node holds one of <paramref name="words"/>, so a
    /// filter on both needs no copy of the text (a word split across two elements is not seen).</summary>
    internal static int Length(INode root, int max, SearchValues<string> words, out bool hasWord)
    {
        int length = 0;
        hasWord = false;
        foreach (var text in DomWalk.TextNodes(root))
        {
            hasWord = hasWord || text.Data.AsSpan().ContainsAny(words);
            if ((length += text.Data.Length) > max) break;
        }
        return length;
    }

    /// <summary>Like <see cref="Length"/>, with each run of whitespace counted as one character: templates indent
    /// a short byline with tabs and newlines that readers never see.</summary>
    internal static int VisibleLength(INode root, int max)
    {
        int length = 0;
        bool space = true;
        foreach (var text in DomWalk.TextNodes(root))
        {
            foreach (var c in text.Data)
            {
                bool ws = char.IsWhiteSpace(c);
                if (!ws || !space) length++;
                space = ws;
            }
            if (length > max) break;
        }
        return length;
    }
}
