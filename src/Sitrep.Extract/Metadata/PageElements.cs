using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata;

/// <summary>The page's elements in document order, collected in one walk. The metadata passes query the page a
/// dozen times; matching a CSS selector list against every element each time cost more than the passes
/// themselves. Each query here first skips elements by a cheap superset test (tag name, attribute substring) and
/// confirms the rest with the original selector, so results are exactly those of QuerySelectorAll.</summary>
internal sealed class PageElements
{
    private static readonly CssSelectorParser Parser = new();

    private readonly List<IElement> _all = [];

    internal PageElements(IDocument dom)
    {
        // Pre-order walk with an explicit stack (deep pages must not overflow the call stack); sibling links are
        // avoided because AngleSharp finds a node's next sibling by searching its parent's child list.
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((dom.ChildNodes, 0));
        while (stack.TryPop(out var top))
        {
            var (children, next) = top;
            if (next >= children.Length) continue;
            stack.Push((children, next + 1));
            if (children[next] is IElement el)
            {
                _all.Add(el);
                if (el.ChildNodes.Length > 0) stack.Push((el.ChildNodes, 0));
            }
        }
    }

    internal static ISelector Selector(string css) => Parser.ParseSelector(css)
        ?? throw new ArgumentException($"invalid selector {css}", nameof(css));

    /// <summary>Elements, in document order, that pass <paramref name="candidate"/> and match
    /// <paramref name="selector"/>; the candidate test must accept every element the selector matches.</summary>
    internal IEnumerable<IElement> Where(Func<IElement, bool> candidate, ISelector selector)
    {
        foreach (var el in _all)
            if (candidate(el) && selector.Match(el, null)) yield return el;
    }

    /// <summary>Elements, in document order, for which <paramref name="test"/> holds (an exact test, no selector).</summary>
    internal IEnumerable<IElement> Where(Func<IElement, bool> test)
    {
        foreach (var el in _all)
            if (test(el)) yield return el;
    }

    /// <summary>Whether the attribute's value contains any of the words, ignoring case (a superset of CSS's
    /// ASCII case-insensitive ~= and *= matches).</summary>
    internal static bool AttributeHas(IElement el, string attribute, string word)
        => el.GetAttribute(attribute) is { } value && value.Contains(word, StringComparison.OrdinalIgnoreCase);
}
