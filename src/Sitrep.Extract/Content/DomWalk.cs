using AngleSharp.Dom;

namespace Sitrep.Extract.Content;

/// <summary>Iterative walks over AngleSharp nodes with an explicit stack of child lists: recursion can overflow the
/// stack on deep pages, and AngleSharp's Descendants nests one iterator per level (each step costs the depth).</summary>
internal static class DomWalk
{
    /// <summary>The text nodes under <paramref name="root"/> in document order, skipping the subtree of every element
    /// for which <paramref name="enter"/> is false.</summary>
    /// <param name="enterEmpty">Also show <paramref name="enter"/> the elements without children (a &lt;br&gt;), in
    /// document order, for callers that mark where they stand.</param>
    public static IEnumerable<IText> TextNodes(INode root, Func<IElement, bool>? enter = null, bool enterEmpty = false)
    {
        // Walks run hundreds of times per page (every length check of a candidate element), so the stack is the
        // thread's spare one when no other walk holds it, and goes back emptied when the walk ends.
        var stack = t_spare ?? new Stack<(INodeList Children, int Next)>(32);
        t_spare = null;
        try
        {
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
                if (type != NodeType.Element) continue;
                if (node.ChildNodes.Length == 0)
                {
                    if (enterEmpty && enter is not null && node is IElement empty) enter(empty);
                    continue;
                }
                if (enter is not null && node is IElement element && !enter(element)) continue;
                stack.Push((children, next));
                children = node.ChildNodes;
                next = 0;
            }
        }
        finally
        {
            stack.Clear();
            t_spare = stack;
        }
    }

    [ThreadStatic] private static Stack<(INodeList Children, int Next)>? t_spare;
}
