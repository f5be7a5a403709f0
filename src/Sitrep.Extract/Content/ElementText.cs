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
        var stack = new Stack<(INodeList Children, int Next)>();
        var children = root.ChildNodes;
        int next = 0;
        while (true)
        {
            if (next >= children.Length)
            {
                if (!stack.TryPop(out var parent)) break;
                (children, next) = parent;
                continue;
            }
            var node = children[next++];
            if (node is IText text) { sb.Append(text.Data).Append(' '); continue; }
            if (node is not IElement element) continue;
            var kind = Tags.Classify(element.LocalName);
            if (kind == TagKind.Skip) continue;
            if (kind == TagKind.LineBreak || Tags.StartsBlock(kind)) LineEnd(sb);
            if (node.ChildNodes.Length == 0) continue;
            stack.Push((children, next));
            children = node.ChildNodes;
            next = 0;
        }
        return sb.ToString();

        static void LineEnd(StringBuilder sb)
        {
            int end = sb.Length;
            while (end > 0 && char.IsWhiteSpace(sb[end - 1])) end--;
            // Only between pieces of text: no leading mark, no doubled marks.
            if (end > 0 && sb[end - 1] != '|') sb.Append(" | ");
        }
    }
}
