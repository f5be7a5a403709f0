using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Extract.Content;

/// <summary>Parses HTML into an AngleSharp DOM under the extraction limits: nesting capped at MaxDepth (deeper elements
/// become siblings, so no later tree walk can overflow the stack), comments skipped.</summary>
public static class PageParser
{
    public static IHtmlDocument Parse(string html, ExtractOptions options, CancellationToken ct = default)
    {
        var parser = new HtmlParser(new HtmlParserOptions
        {
            MaximumDepth = Math.Max(16, options.MaxDepth),
            SkipComments = true,
            DisableElementPositionTracking = true,
        });
        // The async overload is the one that observes the token; on a string it completes synchronously.
        return parser.ParseDocumentAsync(html, ct).GetAwaiter().GetResult();
    }
}
