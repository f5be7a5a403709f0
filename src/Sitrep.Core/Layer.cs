namespace Sitrep.Core;

/// <summary>An immutable array of annotations sorted by start offset.</summary>
public sealed class Layer<T> where T : ISpanned
{
    private readonly T[] _items;

    public static Layer<T> Empty { get; } = new([], sorted: true);

    private Layer(T[] items, bool sorted)
    {
        if (!sorted)
            Array.Sort(items, static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        _items = items;
    }

    /// <summary>Copies and sorts the items (stable for equal starts: longer spans first).</summary>
    public static Layer<T> From(IEnumerable<T> items) => new([.. items], sorted: false);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    public IReadOnlyList<T> Items => _items;

    /// <summary>Index of the first item whose start is at or after <paramref name="offset"/>.</summary>
    public int LowerBound(int offset)
    {
        int lo = 0, hi = _items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_items[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Items lying entirely inside <paramref name="range"/>.</summary>
    public IEnumerable<T> Within(TextSpan range)
    {
        for (int i = LowerBound(range.Start); i < _items.Length && _items[i].Span.Start < range.End; i++)
            if (_items[i].Span.End <= range.End) yield return _items[i];
    }

    /// <summary>Index of the item containing <paramref name="offset"/>, or -1 (for non-overlapping layers).</summary>
    public int IndexAt(int offset)
    {
        int i = LowerBound(offset + 1) - 1;
        return i >= 0 && _items[i].Span.Contains(offset) ? i : -1;
    }
}
