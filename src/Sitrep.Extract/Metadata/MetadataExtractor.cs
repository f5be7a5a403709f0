using AngleSharp.Dom;
using Sitrep.Core;

namespace Sitrep.Extract.Metadata;

/// <summary>Reads article metadata from structured data (JSON-LD, OpenGraph, meta tags, &lt;time&gt;, microdata).</summary>
public sealed class MetadataExtractor
{
    // STUB: replaced by the metadata helper.
    public DocumentMeta Extract(IDocument dom, string? pageUrl)
        => new() { Title = dom.Title, Url = pageUrl };
}
