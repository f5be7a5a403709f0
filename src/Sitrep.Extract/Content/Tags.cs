namespace Sitrep.Extract.Content;

internal static class Tags
{
    /// <summary>Classifies an element by its local name (lower case in HTML documents).</summary>
    public static TagKind Classify(string name) => name switch
    {
        "p" or "div" or "section" or "dl" or "dt" or "dd" or "address" or "center" or "details" or "summary" or "hgroup"
            or "fieldset" or "hr" or "body" => TagKind.Block,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => TagKind.Heading,
        "li" => TagKind.ListItem,
        "ul" or "ol" or "menu" => TagKind.List,
        "blockquote" => TagKind.BlockQuote,
        "pre" => TagKind.Pre,
        "table" => TagKind.Table,
        "tr" => TagKind.Row,
        "td" or "th" => TagKind.Cell,
        "br" => TagKind.LineBreak,
        "a" => TagKind.Link,
        "nav" => TagKind.Nav,
        "footer" => TagKind.Footer,
        "aside" => TagKind.Aside,
        "header" => TagKind.Header,
        "article" => TagKind.Article,
        "main" => TagKind.Main,
        "form" => TagKind.Form,
        "figure" => TagKind.Figure,
        "figcaption" or "caption" => TagKind.Caption,
        "script" or "style" or "noscript" or "template" or "svg" or "math" or "canvas" or "iframe" or "object" or "embed"
            or "video" or "audio" or "picture" or "img" or "select" or "option" or "button" or "input" or "textarea" or "label"
            or "head" or "title" or "meta" or "link" or "map" or "dialog" or "rt" or "rp" => TagKind.Skip,
        _ => TagKind.Inline,
    };

    /// <summary>A &lt;noscript&gt; that holds several paragraphs is the page's content for readers without scripts
    /// (Blogger prints its posts there), not a tracking pixel or a one-paragraph "enable JavaScript" notice.</summary>
    public static bool IsContentFallback(AngleSharp.Dom.IElement noscript)
    {
        var paragraphs = noscript.GetElementsByTagName("p");
        return paragraphs.Length >= 2;
    }

    public static bool StartsBlock(TagKind kind) => kind is not (TagKind.Inline or TagKind.Link or TagKind.LineBreak or TagKind.Skip or TagKind.Cell);
}
