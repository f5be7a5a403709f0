using AngleSharp.Dom;

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
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.TryPop(out var top))
        {
            var (children, next) = top;
            if (next >= children.Length) continue;
            stack.Push((children, next + 1));
            var node = children[next];
            if (node is IText text) { if ((length += text.Data.Length) > max) return length; }
            else if (node.ChildNodes.Length > 0) stack.Push((node.ChildNodes, 0));
        }
        return length;
    }
}
