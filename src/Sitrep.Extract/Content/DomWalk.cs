using AngleSharp.Dom;

namespace Sitrep.Extract.Content;

/// <summary>Iterative walks over AngleSharp nodes with an explicit stack of child lists: recursion can overflow the
/// stack on deep pages, and AngleSharp's Descendants nests one iterator per level (each step costs the depth).</summary>
internal static class DomWalk
{
    /// <summary>The text nodes under <paramref name="root"/> in document order, skipping the subtree of every element
    /// for which <paramref name="enter"/> is false.</summary>
    public static IEnumerable<IText> TextNodes(INode root, Func<IElement, bool>? enter = null)
    {
        var stack = new Stack<(INodeList Children, int Next)>();
        var children = root.ChildNodes;
        int next = 0;
        while (true)
        {
            if (next >= children.Length)
            {
                if (!stack.TryPop(out var parent)) yield break;
                (children, next) = parent;
                continue;
            }
            var node = children[next++];
            var type = node.NodeType;
            if (type == NodeType.Text) { if (node is IText text) yield return text; continue; }
            if (type != NodeType.Element || node.ChildNodes.Length == 0) continue;
            if (enter is not null && node is IElement element && !enter(element)) continue;
            stack.Push((children, next));
            children = node.ChildNodes;
            next = 0;
        }
    }
}
