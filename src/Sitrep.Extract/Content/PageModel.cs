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
    public ReadOnlySpan<char> Span(int start, int length) => _chars.AsSpan(start, length);

    public string TextOf(in TextBlock block) => new(_chars, block.Start, block.Length);

    public char Last => Length == 0 ? '\0' : _chars[Length - 1];

    /// <summary>Size of the text buffer, in characters.</summary>
    public int Capacity => _chars.Length;

    /// <summary>Empties the model for the next page, keeping the buffers' capacity.</summary>
    public void Clear()
    {
        Elements.Clear();
        Blocks.Clear();
        Length = 0;
        HitElementLimit = HitDepthLimit = TimedOut = false;
        Debug = null;
    }

    public void Append(char c)
    {
        if (Length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + text.Length));
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>Drops trailing characters (spaces before a block end or a line break).</summary>
    public void TrimEndTo(int minLength)
    {
        while (Length > minLength && _chars[Length - 1] is ' ' or '\n' or '\t') Length--;
    }

    /// <summary>Drops trailing spaces only (the end of a preformatted line), keeping line breaks.</summary>
    public void TrimSpacesTo(int minLength)
    {
        while (Length > minLength && _chars[Length - 1] == ' ') Length--;
    }
}
