using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata;

/// <summary>The page's elements in document order, collected in one walk, each with a few bits saying what it is
/// (tag names and attributes the metadata queries look for). The metadata passes query the page a dozen times;
/// matching a CSS selector against every element each time cost more than the passes themselves. Each query here
/// skips elements by their bits, then by a cheap superset test, and confirms the rest with the original selector,
/// so results are exactly those of QuerySelectorAll.</summary>
internal sealed class PageElements
{
    private static readonly CssSelectorParser Parser = new();

    /// <summary>Elements with at least one kind bit; the others can match no query.</summary>
    private readonly List<(IElement Element, Kind Kind)> _found;

    /// <summary>The list of the thread's last page, handed back by <see cref="Release"/>: most elements of a news page
    /// carry a class, so the list grows to thousands of entries, and regrowing it per page cost a tenth of the
    /// extractor's allocations.</summary>
    [ThreadStatic] private static List<(IElement Element, Kind Kind)>? t_spare;

    /// <summary>What an element is, as far as the metadata queries care; an element may carry several bits.</summary>
    [Flags]
    internal enum Kind
    {
        None = 0,
        H1 = 1 << 0,
        H2OrH3 = 1 << 1,
        Meta = 1 << 2,
        Link = 1 << 3,
        Script = 1 << 4,
        Base = 1 << 5,
        Anchor = 1 << 6,
        /// <summary>p, em, i, small, aside, div: where a visible "originally published" line can stand.</summary>
        Statement = 1 << 7,
        ClassOrId = 1 << 8,
        ItemProp = 1 << 9,
        PubDate = 1 << 10,
        Time = 1 << 11,
        Article = 1 << 12,
    }

    internal PageElements(IDocument dom)
    {
        _found = t_spare ?? new(1024);
        t_spare = null;
        // Pre-order walk with an explicit stack (deep pages must not overflow the call stack); sibling links are
        // avoided because AngleSharp finds a node's next sibling by searching its parent's child list.
        // The stack holds the child lists of open ancestors; the current list is read in place.
        var stack = new Stack<(INodeList Children, int Next)>();
        var children = dom.ChildNodes;
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
            // NodeType and a class cast first: interface type tests on AngleSharp's nodes cost more, and most
            // nodes are text.
            if (node.NodeType != NodeType.Element || node is not Element el) continue;
            if (KindOf(el) is var kind and not Kind.None) _found.Add((el, kind));
            var inner = node.ChildNodes;
            if (inner.Length > 0)
            {
                stack.Push((children, next));
                children = inner;
                next = 0;
            }
        }
    }

    private static Kind KindOf(IElement el)
    {
        var kind = el.LocalName switch
        {
            "h1" => Kind.H1,
            "h2" or "h3" => Kind.H2OrH3,
            "meta" => Kind.Meta,
            "link" => Kind.Link,
            "script" => Kind.Script,
            "base" => Kind.Base,
            "a" => Kind.Anchor,
            "time" => Kind.Time,
            "article" => Kind.Article,
            "p" or "em" or "i" or "small" or "aside" or "div" => Kind.Statement,
            _ => Kind.None,
        };
        // One pass over the attributes instead of a lookup per name (each lookup scans them all).
        var attributes = el.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            kind |= attributes[i]?.LocalName switch
            {
                "class" or "id" => Kind.ClassOrId,
                "itemprop" => Kind.ItemProp,
                "pubdate" => Kind.PubDate,
                _ => Kind.None,
            };
        }
        return kind;
    }

    internal static ISelector Selector(string css) => Parser.ParseSelector(css)
        ?? throw new ArgumentException($"invalid selector {css}", nameof(css));

    /// <summary>Elements, in document order, that carry any of <paramref name="kinds"/>, pass
    /// <paramref name="candidate"/> and match <paramref name="selector"/>; the kinds and the candidate test must
    /// accept every element the selector matches.</summary>
    internal IEnumerable<IElement> Where(Kind kinds, Func<IElement, bool> candidate, ISelector selector)
    {
        for (int i = 0; i < _found.Count; i++)
        {
            var (el, kind) = _found[i];
            if ((kind & kinds) != 0 && candidate(el) && selector.Match(el, null)) yield return el;
        }
    }

    /// <summary>Elements, in document order, that carry any of <paramref name="kinds"/> and for which
    /// <paramref name="test"/> holds (an exact test, no selector).</summary>
    internal IEnumerable<IElement> Where(Kind kinds, Func<IElement, bool>? test = null)
    {
        for (int i = 0; i < _found.Count; i++)
        {
            var (el, kind) = _found[i];
            if ((kind & kinds) != 0 && (test is null || test(el))) yield return el;
        }
    }

    /// <summary>Ends the use of these elements: the list is emptied (the page's DOM is not kept alive) and kept for
    /// the thread's next page.</summary>
    internal void Release()
    {
        _found.Clear();
        // A huge page's list is let go rather than held by the thread for good.
        if (_found.Capacity <= MaxSpareCapacity) t_spare = _found;
    }

    private const int MaxSpareCapacity = 1 << 16;

    /// <summary>Whether the attribute's value contains the word, ignoring case (a superset of CSS's ASCII
    /// case-insensitive ~= and *= matches).</summary>
    internal static bool AttributeHas(IElement el, string attribute, string word)
        => el.GetAttribute(attribute) is { } value && value.Contains(word, StringComparison.OrdinalIgnoreCase);
}
