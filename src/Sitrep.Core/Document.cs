namespace Sitrep.Core;

/// <summary>One article: text set once by extraction, metadata, problems, and annotation layers over the text.</summary>
public sealed class Document(string text, DocumentMeta? meta = null)
{
    private readonly Dictionary<LayerKey, object> _layers = [];
    private readonly List<Problem> _problems = [];

    public string Text { get; } = text;

    public DocumentMeta Meta { get; set; } = meta ?? new DocumentMeta();

    public IReadOnlyList<Problem> Problems => _problems;

    public void AddProblem(Problem problem) => _problems.Add(problem);

    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    public IEnumerable<LayerKey> LayerKeys => _layers.Keys;

    /// <summary>The layer for <paramref name="key"/>, or an empty layer if no component produced it.</summary>
    public Layer<T> Get<T>(LayerKey<T> key) where T : ISpanned
        => _layers.TryGetValue(key, out var layer) ? (Layer<T>)layer : Layer<T>.Empty;

    /// <summary>Sets a layer after checking its spans lie in the text (and do not overlap, where the key forbids it).</summary>
    public void Set<T>(LayerKey<T> key, Layer<T> layer) where T : ISpanned
    {
        int lastEnd = 0;
        foreach (ref readonly var item in layer.AsSpan())
        {
            var s = item.Span;
            if (s.Start < 0 || s.Length < 0 || s.End > Text.Length)
                throw new ArgumentOutOfRangeException(nameof(layer), $"Layer '{key.Name}': span {s} lies outside the text (length {Text.Length}).");
            if (!key.AllowOverlap && s.Start < lastEnd)
                throw new ArgumentException($"Layer '{key.Name}' forbids overlaps, but {s} overlaps an earlier span ending at {lastEnd}.", nameof(layer));
            lastEnd = Math.Max(lastEnd, s.End);
        }
        _layers[key] = layer;
    }

    public void Set<T>(LayerKey<T> key, IEnumerable<T> items) where T : ISpanned => Set(key, Layer<T>.From(items));

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> SliceOf(TextSpan span) => Text.AsSpan(span.Start, span.Length);
}
