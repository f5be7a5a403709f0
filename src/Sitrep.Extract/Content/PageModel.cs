namespace Sitrep.Extract.Content;

/// <summary>The flattened page: elements in document order, text blocks, and the text buffer the blocks point into.</summary>
internal sealed class PageModel
{
    private char[] _chars = new char[16 * 1024];

    public List<ElementNode> Elements { get; } = new(1024);
    public List<TextBlock> Blocks { get; } = new(512);
    public int Length { get; private set; }
    public bool HitElementLimit { get; set; }
    public bool HitDepthLimit { get; set; }
    public bool TimedOut { get; set; }
    /// <summary>Tag, class and id per element, only when tuning (PageWalker.Walk with debug).</summary>
    public List<string>? Debug { get; set; }

    public ReadOnlySpan<char> Span(in TextBlock block) => _chars.AsSpan(block.Start, block.Length);

    public string TextOf(in TextBlock block) => new(_chars, block.Start, block.Length);

    public char Last => Length == 0 ? '\0' : _chars[Length - 1];

    public void Append(char c)
    {
        if (Length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
        _chars[Length++] = c;
    }

    /// <summary>Drops trailing characters (spaces before a block end or a line break).</summary>
    public void TrimEndTo(int minLength)
    {
        while (Length > minLength && _chars[Length - 1] is ' ' or '\n' or '\t') Length--;
    }
}
