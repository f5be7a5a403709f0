namespace Sitrep.Extract;

/// <summary>Limits and switches for extraction (configuration section "Extract").</summary>
public sealed class ExtractOptions
{
    /// <summary>Largest input accepted, in bytes; larger input is refused with extract.too-large.</summary>
    public long MaxInputBytes { get; set; } = 64L * 1024 * 1024;
    /// <summary>Largest number of DOM elements considered; the rest of a page is ignored with a warning.</summary>
    public int MaxElements { get; set; } = 200_000;
    /// <summary>Deepest element nesting followed; deeper content is flattened or skipped with a warning.</summary>
    public int MaxDepth { get; set; } = 400;
    /// <summary>Time allowed for one document before it is abandoned with extract.timeout.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>Detect the language of the text (SearchPioneer.Lingua).</summary>
    public bool DetectLanguage { get; set; } = true;
}
