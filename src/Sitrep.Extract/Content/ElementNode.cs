using Sitrep.Extract.Heuristics;

namespace Sitrep.Extract.Content;

/// <summary>One element of the page in document order, with what the scorer needs; children follow their parent,
/// so a subtree is a contiguous range and aggregates flow to parents in one reverse pass.</summary>
internal struct ElementNode
{
    public int Parent;
    public TagKind Tag;
    /// <summary>Furniture kind suggested by the tag, class/id words or hidden style; None when nothing suggests it.</summary>
    public BoilerplateKind Hint;
    public bool BodyHint;
    /// <summary>Marked as the article body by microdata (itemprop="articleBody").</summary>
    public bool ArticleBodyProp;
    public bool StartsBlock;
    /// <summary>Element that owns text written directly inside this one: itself when it starts a block, else its parent's owner.</summary>
    public int TextOwner;
    /// <summary>Blocks of the subtree: [FirstBlock, EndBlock).</summary>
    public int FirstBlock, EndBlock;
    /// <summary>Index after the last element of the subtree.</summary>
    public int EndElement;
    /// <summary>Running text (chars) and link/short text penalties of the subtree, before and after removal.</summary>
    public float Good, Bad, KeptGood, KeptBad;
    /// <summary>Running text and penalties of the element's own blocks (not its descendants').</summary>
    public float OwnGood, OwnBad;
    /// <summary>Kind under which the element (or an ancestor) was removed; None when kept.</summary>
    public BoilerplateKind Removed;
    /// <summary>Left out of the body: a sibling of the chosen container that holds no running text worth adding.</summary>
    public bool Excluded;
}
