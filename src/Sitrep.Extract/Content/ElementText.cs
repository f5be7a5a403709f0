using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Extract.Content;

/// <summary>Text of a subtree gathered iteratively: AngleSharp's own TextContent recurses and can overflow the stack
/// on very deep pages.</summary>
internal static class ElementText
{
    public static string TextContentIterative(this INode root)
    {
        var sb = new StringBuilder();
        foreach (var text in DomWalk.TextNodes(root, static e => Tags.Classify(e.LocalName) != TagKind.Skip))
            sb.Append(text.Data).Append(' ');
        return sb.ToString();
    }

    /// <summary>Text of a subtree with " | " where a line ends (a &lt;br&gt;, or a block element starting), so that a
    /// byline box's lines ("Jane Roe" / "Environment correspondent") stay apart for the byline cleaner.</summary>
    public static string LinesIterative(this INode root)
    {
        var sb = new StringBuilder();
        foreach (var text in DomWalk.TextNodes(root, e => Enter(sb, e), enterEmpty: true))
            sb.Append(text.Data).Append(' ');
        return sb.ToString();

        static bool Enter(StringBuilder sb, IElement element)
        {
            var kind = Tags.Classify(element.LocalName);
            if (kind == TagKind.Skip) return false;
            if (kind == TagKind.LineBreak || Tags.StartsBlock(kind)) LineEnd(sb);
            return true;
        }

        static void LineEnd(StringBuilder sb)
        {
            int end = sb.Length;
            while (end > 0 && char.IsWhiteSpace(sb[end - 1])) end--;
            // Only between pieces of text: no leading mark, no doubled marks.
            if (end > 0 && sb[end - 1] != '|') sb.Append(" | ");
        }
    }
}
