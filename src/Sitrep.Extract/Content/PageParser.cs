using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Extract.Content;

/// <summary>Parses HTML into an AngleSharp DOM under the extraction limits: nesting capped at MaxDepth (deeper elements
/// become siblings, so no later tree walk can overflow the stack), comments skipped.</summary>
public static class PageParser
{
    // One parser per thread and depth limit: building a parser sets up a browsing context, which is not free per page.
    [ThreadStatic] private static HtmlParser? _parser;
    [ThreadStatic] private static int _parserDepth;

    public static IHtmlDocument Parse(string html, ExtractOptions options, CancellationToken ct = default)
    {
        int depth = Math.Max(16, options.MaxDepth);
        if (_parser is null || _parserDepth != depth)
        {
            _parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = depth, SkipComments = true, DisableElementPositionTracking = true });
            _parserDepth = depth;
        }
        // The async overload is the one that observes the token; on a string it completes synchronously.
        return _parser.ParseDocumentAsync(html, ct).GetAwaiter().GetResult();
    }
}
