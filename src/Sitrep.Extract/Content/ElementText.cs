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
}
