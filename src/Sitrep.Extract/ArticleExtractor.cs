using AngleSharp.Html.Parser;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Extract.Loading;
using Sitrep.Extract.Metadata;
using Sitrep.Extract.Text;

namespace Sitrep.Extract;

/// <summary>Turns a page (HTML bytes) or noisy plain text into a clean article with metadata.
/// Thread-safe: one instance serves many documents in parallel.</summary>
public sealed class ArticleExtractor(ExtractOptions? options = null)
{
    private readonly ExtractOptions _options = options ?? new ExtractOptions();
    private readonly MetadataExtractor _metadata = new();
    private readonly LanguageIdentifier _language = new();
    private readonly PlainTextCleaner _textCleaner = new();

    public ExtractOptions Options => _options;

    public ExtractionResult Extract(ExtractInput input, CancellationToken ct = default)
    {
        if (input.Bytes.Length == 0)
            return Fail(input.Source, "extract.empty", "the input is empty (0 bytes)");
        if (input.Bytes.Length > _options.MaxInputBytes)
            return Fail(input.Source, "extract.too-large", $"the input is {input.Bytes.Length:N0} bytes, over the limit of {_options.MaxInputBytes:N0} (Extract:MaxInputBytes)");
        var decoded = HtmlDecoder.Decode(input.Bytes.Span, input.ContentType);
        bool plain = input.IsPlainText ?? !LooksLikeHtml(decoded.Text);
        var result = plain ? ExtractText(decoded.Text, input.Source) : ExtractHtml(decoded.Text, input.Source, input.Url, ct);
        return result with { Charset = $"{decoded.Charset} ({decoded.CharsetSource})" };
    }

    // STUB: the content helper replaces this with the real HTML pipeline.
    public ExtractionResult ExtractHtml(string html, string source, string? url = null, CancellationToken ct = default)
    {
        var dom = new HtmlParser().ParseDocument(html);
        var meta = _metadata.Extract(dom, url) with { Source = source };
        var text = dom.Body?.TextContent ?? "";
        var doc = new Document(text, meta);
        return new ExtractionResult(doc, []) { IsArticle = true };
    }

    public ExtractionResult ExtractText(string text, string source)
    {
        var cleaned = _textCleaner.Clean(text);
        var meta = new DocumentMeta { Source = source, Title = cleaned.Title, Syndication = cleaned.Syndication };
        var doc = new Document(cleaned.Text, meta);
        doc.Set(Layers.Paragraphs, cleaned.Paragraphs);
        if (_options.DetectLanguage) doc.Meta = doc.Meta with { Language = _language.Detect(cleaned.Text) };
        var problems = new List<Problem>();
        bool isArticle = cleaned.Paragraphs.Count > 0;
        return new ExtractionResult(doc, problems)
        {
            IsArticle = isArticle,
            NotArticleReason = isArticle ? null : "no paragraphs of prose were found",
            Removed = cleaned.Removed,
        };
    }

    internal static ExtractionResult Fail(string source, string code, string message)
        => new(null, [new Problem(code, message, "extract", source) { IsFatal = true }]) { NotArticleReason = message };

    /// <summary>HTML if a tag appears near the start; otherwise plain text.</summary>
    internal static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        return head.StartsWith("<") || head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }
}
