using System.Buffers;
using System.Collections.Frozen;
using System.Diagnostics;
using AngleSharp.Dom;
using Sitrep.Core.Annotations;
using Sitrep.Extract.Heuristics;

namespace Sitrep.Extract.Content;

/// <summary>Flattens a DOM subtree into elements and text blocks in one iterative walk (an explicit stack of child
/// lists, never recursion, and no NextSibling, which is linear in AngleSharp). Stops at MaxElements, at the time
/// limit or on cancellation, keeping what it collected.</summary>
internal sealed class PageWalker
{
    private static readonly FrozenDictionary<string, BoilerplateKind>.AlternateLookup<ReadOnlySpan<char>> HintLookup =
        BoilerplateHints.Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyLookup =
        BoilerplateHints.BodyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StemExceptionLookup =
        BoilerplateHints.StemExceptions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Class and id values longer than this are generated data, not hints.</summary>
    private const int MaxHintValueLength = 512;

    /// <summary>A reused walker keeps its buffers only up to these sizes, so one huge page does not pin memory.</summary>
    private const int MaxKeptChars = 1 << 20, MaxKeptElements = 1 << 16;

    /// <summary>One walker per thread for <see cref="WalkReusing"/>: its page model, hint cache and stack keep their
    /// capacity from page to page instead of growing anew (about 160 KB a page).</summary>
    [ThreadStatic] private static PageWalker? _reusable;

    private readonly PageModel _page = new();
    private readonly Dictionary<string, (BoilerplateKind Kind, bool Body)> _hintCache = new(StringComparer.Ordinal);
    private readonly Stack<(INodeList Children, int Next)> _stack = new();
    private ExtractOptions _options;
    private int _current = -1, _blockStart, _blockLinks, _blockPunctuation;
    private int _linkDepth, _quoteDepth, _tableDepth, _preDepth, _articleDepth;
    private bool _pendingSpace, _pendingCell, _readNoscript;

    private PageWalker(ExtractOptions options) => _options = options;

    /// <summary>Walks into a new page model, which the caller may keep.</summary>
    /// <param name="readNoscript">Read the &lt;noscript&gt; elements that hold content (<see cref="Tags.IsContentFallback"/>)
    /// as part of the page: the fallback a browser without scripts shows (Blogger prints its posts there and renders
    /// them from a script template otherwise).</param>
    public static PageModel Walk(IElement root, ExtractOptions options, Stopwatch clock, CancellationToken ct, bool debug = false, bool readNoscript = false)
    {
        var walker = new PageWalker(options) { _readNoscript = readNoscript };
        if (debug) walker._page.Debug = [];
        walker.Run(root, clock, ct);
        return walker._page;
    }

    /// <summary>Walks into this thread's reused page model: valid only until the next WalkReusing on the same thread.</summary>
    internal static PageModel WalkReusing(IElement root, ExtractOptions options, Stopwatch clock, CancellationToken ct)
    {
        var walker = _reusable ?? new PageWalker(options);
        _reusable = null; // not shared while in use, should a walk ever nest
        walker.Reset(options);
        walker.Run(root, clock, ct);
        if (walker._page.Capacity <= MaxKeptChars && walker._page.Elements.Capacity <= MaxKeptElements) _reusable = walker;
        return walker._page;
    }

    private void Reset(ExtractOptions options)
    {
        _options = options;
        _page.Clear();
        _hintCache.Clear();
        _stack.Clear();
        _current = -1;
        _blockStart = _blockLinks = _blockPunctuation = 0;
        _linkDepth = _quoteDepth = _tableDepth = _preDepth = _articleDepth = 0;
        _pendingSpace = _pendingCell = false;
    }

    private void Run(IElement root, Stopwatch clock, CancellationToken ct)
    {
        // The child list being read and the position in it; the stack holds the lists of the open ancestors.
        var stack = _stack;
        if (!Enter(root)) return;
        var children = root.ChildNodes;
        int next = 0, visited = 0;
        while (true)
        {
            if (next >= children.Length)
            {
                Exit();
                if (!stack.TryPop(out var parent)) break;
                (children, next) = parent;
                continue;
            }
            var node = children[next++];
            // NodeType and a class cast are cheaper than interface type tests on AngleSharp's nodes.
            var type = node.NodeType;
            if (type == NodeType.Text) { AppendText(node.TextContent); continue; }
            if (type != NodeType.Element || node is not Element element) continue;
            if ((++visited & 511) == 0 && (ct.IsCancellationRequested || clock.Elapsed > _options.TimeLimit)) { _page.TimedOut = true; break; }
            if (_page.Elements.Count >= _options.MaxElements) { _page.HitElementLimit = true; break; }
            // The parser already folds elements deeper than MaxDepth into siblings; reaching that depth means it did.
            int depth = stack.Count + 1;
            if (depth >= _options.MaxDepth - 2) _page.HitDepthLimit = true;
            if (depth >= _options.MaxDepth) { AppendText(element.TextContentIterative()); continue; }
            if (Enter(element))
            {
                stack.Push((children, next));
                children = node.ChildNodes;
                next = 0;
            }
        }
        // Close whatever is still open after an early stop, so every element gets its block range; the stack's
        // child lists would otherwise keep this page's DOM alive in the reused walker.
        while (_current >= 0) Exit();
        stack.Clear();
    }

    /// <summary>Records an element; false when its content is skipped (scripts, media, form controls) or it is a line break.</summary>
    private bool Enter(IElement element)
    {
        var tag = Tags.Classify(element.LocalName);
        if (tag == TagKind.Skip)
        {
            if (!_readNoscript || element.LocalName != "noscript" || !Tags.IsContentFallback(element)) return false;
            tag = TagKind.Block;
        }
        if (tag == TagKind.LineBreak)
        {
            _page.TrimEndTo(_blockStart);
            if (_page.Length > _blockStart) _page.Append('\n');
            _pendingSpace = false;
            return false;
        }
        var hint = tag switch
        {
            TagKind.Nav or TagKind.Footer => BoilerplateKind.Navigation,
            // A header inside an article is the article's own (headline, lead); elsewhere it is the site's.
            TagKind.Header when _articleDepth == 0 => BoilerplateKind.Navigation,
            TagKind.Aside => BoilerplateKind.Related,
            TagKind.Caption => BoilerplateKind.Caption,
            _ => BoilerplateKind.None,
        };
        bool bodyHint = tag is TagKind.Article or TagKind.Main;
        // One pass over the attributes: a lookup by name scans them all each time.
        string? cls = null, id = null, itemprop = null, style = null;
        bool hidden = false;
        var attributes = element.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attr) continue;
            switch (attr.LocalName)
            {
                case "class": cls = attr.Value; break;
                case "id": id = attr.Value; break;
                case "itemprop": itemprop = attr.Value; break;
                case "style": style = attr.Value; break;
                case "hidden": hidden = true; break;
            }
        }
        CachedHints(cls, ref hint, ref bodyHint);
        CachedHints(id, ref hint, ref bodyHint);
        if (hidden || HidesByStyle(style)) hint = BoilerplateKind.Hidden;

        bool startsBlock = Tags.StartsBlock(tag) || hint != BoilerplateKind.None;
        if (startsBlock) CloseBlock();
        if (tag == TagKind.Cell && _page.Length > _blockStart) _pendingCell = true;

        int index = _page.Elements.Count;
        _page.Debug?.Add($"<{element.LocalName} class='{cls}' id='{id}' itemprop='{itemprop}'>");
        _page.Elements.Add(new ElementNode
        {
            Parent = _current, Tag = tag, Hint = hint, BodyHint = bodyHint, StartsBlock = startsBlock,
            ArticleBodyProp = itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase),
            TextOwner = startsBlock || _current < 0 ? index : _page.Elements[_current].TextOwner,
            FirstBlock = _page.Blocks.Count,
        });
        _current = index;
        Count(tag, +1);
        return true;
    }

    private void Exit()
    {
        var node = _page.Elements[_current];
        if (node.StartsBlock) CloseBlock();
        Count(node.Tag, -1);
        node.EndBlock = _page.Blocks.Count;
        node.EndElement = _page.Elements.Count;
        _page.Elements[_current] = node;
        _current = node.Parent;
    }

    private void Count(TagKind tag, int delta)
    {
        switch (tag)
        {
            case TagKind.Link: _linkDepth += delta; break;
            case TagKind.BlockQuote: _quoteDepth += delta; break;
            case TagKind.Table: _tableDepth += delta; break;
            case TagKind.Pre: _preDepth += delta; break;
            case TagKind.Article or TagKind.Main: _articleDepth += delta; break;
        }
    }

    /// <summary>Soft hyphen and zero-width characters: invisible on the page, and they break word matching.</summary>
    private const string Invisible = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";

    /// <summary>White space other than the plain space (as char.IsWhiteSpace says) and the invisible characters:
    /// what ends a run of text that can be copied as it stands.</summary>
    private static readonly SearchValues<char> RunBreaks = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => c != ' ' && char.IsWhiteSpace(c)).Concat(Invisible).ToArray());

    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".!?,;。，、！？；");

    /// <summary>Appends a text node: white space collapses to one pending space, invisible characters are dropped.
    /// Text between single spaces is copied run by run rather than character by character.</summary>
    private void AppendText(string data)
    {
        if (_current < 0) return;
        if (_preDepth > 0) { AppendPreformatted(data); return; }
        var rest = data.AsSpan();
        while (!rest.IsEmpty)
        {
            char first = rest[0];
            if (first == ' ' || RunBreaks.Contains(first))
            {
                if (first == ' ' || char.IsWhiteSpace(first)) _pendingSpace = true;
                rest = rest[1..];
                continue;
            }
            // A run starts at a visible character and ends before a break, a double space or its trailing spaces.
            int end = rest.IndexOfAny(RunBreaks);
            var run = end < 0 ? rest : rest[..end];
            if (run.IndexOf("  ") is int doubled and >= 0) run = run[..doubled];
            run = run.TrimEnd(' ');
            BeforeVisible();
            _page.Append(run);
            if (_linkDepth > 0) _blockLinks += run.Length - run.Count(' ');
            for (var tail = run; tail.IndexOfAny(SentencePunctuation) is int at and >= 0; tail = tail[(at + 1)..]) _blockPunctuation++;
            rest = rest[run.Length..];
        }
    }

    /// <summary>Inside &lt;pre&gt; spaces and line breaks stand as written, so code keeps its shape. Pages that lay
    /// out with &lt;pre&gt; fill it with tabs and no-break spaces: those become plain spaces, a block does not start
    /// with white space, and a line does not end with it.</summary>
    private void AppendPreformatted(string data)
    {
        foreach (var c in data)
        {
            if (c == '\r' || Invisible.Contains(c)) continue;
            if (c == '\n')
            {
                _page.TrimSpacesTo(_blockStart);
                if (_page.Length > _blockStart) _page.Append('\n');
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (_page.Length > _blockStart) _page.Append(' ');
                continue;
            }
            if (_pendingSpace || _pendingCell) BeforeVisible();
            _page.Append(c);
            if (_linkDepth > 0) _blockLinks++;
            if (SentencePunctuation.Contains(c)) _blockPunctuation++;
        }
    }

    /// <summary>The separator owed before visible text: a tab between table cells, else one collapsed space.</summary>
    private void BeforeVisible()
    {
        if (_page.Length > _blockStart)
        {
            if (_pendingCell) _page.Append('\t');
            else if (_pendingSpace && _page.Last != '\n') _page.Append(' ');
        }
        _pendingCell = _pendingSpace = false;
    }

    private void CloseBlock()
    {
        _page.TrimEndTo(_blockStart);
        if (_page.Length > _blockStart && _current >= 0)
        {
            int owner = _page.Elements[_current].TextOwner;
            _page.Blocks.Add(new TextBlock
            {
                Owner = owner, Start = _blockStart, Length = _page.Length - _blockStart,
                LinkLength = _blockLinks, Punctuation = _blockPunctuation, Kind = KindOf(_page.Elements[owner].Tag),
                Wide = TextBlock.CountWide(_page.Span(_blockStart, _page.Length - _blockStart)),
            });
        }
        _blockStart = _page.Length;
        _blockLinks = _blockPunctuation = 0;
        _pendingSpace = _pendingCell = false;
    }

    private ParagraphKind KindOf(TagKind ownerTag)
        => ownerTag == TagKind.Heading ? ParagraphKind.Heading
        : ownerTag == TagKind.ListItem ? ParagraphKind.ListItem
        : _quoteDepth > 0 ? ParagraphKind.BlockQuote
        : _tableDepth > 0 ? ParagraphKind.Table
        : ParagraphKind.Body;

    /// <summary>ReadHints through a per-page cache: templates repeat the same class values on hundreds of elements.
    /// The hint of a value is combined as ReadHints would combine it with the hint the tag already gave.</summary>
    private void CachedHints(string? value, ref BoilerplateKind hint, ref bool bodyHint)
    {
        // ReadHints ignores values this long; hashing them for the cache would cost more than that.
        if (string.IsNullOrEmpty(value) || value.Length > MaxHintValueLength) return;
        if (!_hintCache.TryGetValue(value, out var found))
        {
            var kind = BoilerplateKind.None;
            bool body = false;
            ReadHints(value, ref kind, ref body);
            _hintCache[value] = found = (kind, body);
        }
        bodyHint |= found.Body;
        if (hint == BoilerplateKind.None) hint = found.Kind;
    }

    /// <summary>Splits a class or id value into lower-case words and looks each up (whole word, then stems).</summary>
    private static void ReadHints(string? value, ref BoilerplateKind hint, ref bool bodyHint)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxHintValueLength) return;
        Span<char> word = stackalloc char[64];
        int n = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            // Taxonomy classes ("tag-newsletter", "category-video" in WordPress) name the topic, not the element's role.
            if ((i == 0 || value[i - 1] == ' ') && BoilerplateHints.IsTaxonomyClass(value.AsSpan(i)))
            {
                while (i < value.Length && value[i] != ' ') i++;
                n = 0;
                continue;
            }
            if (char.IsLetter(c)) { if (n < word.Length) word[n++] = char.ToLowerInvariant(c); continue; }
            if (n == 0) continue;
            var w = word[..n];
            n = 0;
            if (BodyLookup.Contains(w)) { bodyHint = true; continue; }
            if (hint != BoilerplateKind.None) continue;
            if (HintLookup.TryGetValue(w, out var kind)) { hint = kind; continue; }
            if (StemExceptionLookup.Contains(w)) continue;
            foreach (var (stem, stemKind) in BoilerplateHints.Stems)
                if (w.Length > stem.Length && w.Contains(stem, StringComparison.Ordinal)) { hint = stemKind; break; }
        }
    }

    private static bool HidesByStyle(string? style)
    {
        if (string.IsNullOrEmpty(style)) return false;
        int at = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var rest = style.AsSpan(at + 7).TrimStart().TrimStart(':').TrimStart();
        return rest.StartsWith("none", StringComparison.OrdinalIgnoreCase);
    }
}
