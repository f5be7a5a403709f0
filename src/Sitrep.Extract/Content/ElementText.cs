using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Extract.Content;

/// <summary>Text of a subtree gathered with an explicit stack: AngleSharp's own TextContent recurses and can
/// overflow the stack on very deep pages.</summary>
internal static class ElementText
{
    public static string TextContentIterative(this INode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (children, next) = stack.Pop();
            if (next >= children.Length) continue;
            stack.Push((children, next + 1));
            var node = children[next];
            if (node is IText text) sb.Append(text.Data).Append(' ');
            else if (node is IElement e && Tags.Classify(e.LocalName) != TagKind.Skip) stack.Push((e.ChildNodes, 0));
        }
        return sb.ToString();
    }
}
