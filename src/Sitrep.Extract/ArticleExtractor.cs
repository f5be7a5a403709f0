using System.Diagnostics;
using AngleSharp.Html.Dom;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Extract.Content;
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
        if (BinarySniffer.Describe(input.Bytes.Span) is { } binary)
            return Fail(input.Source, "extract.binary", $"the input looks like {binary}, not HTML or text; nothing was extracted");
        var decoded = HtmlDecoder.Decode(input.Bytes.Span, input.ContentType);
        bool plain = input.IsPlainText ?? !LooksLikeHtml(decoded.Text);
        var result = plain ? ExtractText(decoded.Text, input.Source) : ExtractHtml(decoded.Text, input.Source, input.Url, ct);
        return result with { Charset = $"{decoded.Charset} ({decoded.CharsetSource})" };
    }

    /// <summary>Extracts the article from decoded HTML. Phases: parse under the limits, read metadata, flatten the
    /// DOM into blocks (one iterative walk), choose the body container, assemble the kept blocks, judge whether the
    /// page is an article. A page over a limit yields what could be extracted plus a warning Problem.</summary>
    public ExtractionResult ExtractHtml(string html, string source, string? url = null, CancellationToken ct = default)
    {
        if (html.Length > _options.MaxInputBytes)
            return Fail(source, "extract.too-large", $"the page is {html.Length:N0} characters, over the limit of {_options.MaxInputBytes:N0} (Extract:MaxInputBytes)");
        if (BinarySniffer.Describe(html) is { } binary)
            return Fail(source, "extract.binary", $"the input looks like {binary}, not HTML; nothing was extracted");
        var clock = Stopwatch.StartNew();
        var problems = new List<Problem>();
        html = CapMarkup(html, source, problems);
        html = NestingLimiter.Limit(html, Math.Max(8, _options.MaxDepth - 8), out bool flattened);
        if (flattened)
            problems.Add(new Problem("extract.too-deep", $"elements are nested deeper than {_options.MaxDepth} levels; deeper tags were dropped and their text kept (Extract:MaxDepth)", "extract", source));
        IHtmlDocument dom;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            timeout.CancelAfter(_options.TimeLimit);
            try { dom = PageParser.Parse(html, _options, timeout.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Fail(source, "extract.timeout", $"parsing the page took longer than {_options.TimeLimit.TotalSeconds:0.#} s (Extract:TimeLimit); nothing was extracted");
            }
        }
        ct.ThrowIfCancellationRequested();
        var meta = _metadata.Extract(dom, url, out var stated, out bool hasH1) with { Source = source };
        var root = (AngleSharp.Dom.IElement?)dom.Body ?? dom.DocumentElement;
        var page = PageWalker.WalkReusing(root, _options, clock, ct);
        ct.ThrowIfCancellationRequested();
        ReportLimits(page, source, problems);
        int container = ContentSelector.Select(page);
        // Without an h1, templates print the headline as an h2 or h3 above the text, and <title> often names only the
        // section ("Feuerwehr Oldenburg - Ausbildung" over "Bootsdienst Ausbildung").
        if (meta.Title is { } chosen && !hasH1
            && TitleChooser.HeadlineAboveText(BodyAssembler.HeadingsAboveText(page, container), chosen, dom.Title, meta.SiteName, MetadataExtractor.HostOf(url ?? meta.Url)) is { } shown)
            meta = meta with { Title = shown };
        var body = BodyAssembler.Assemble(page, container, meta.Title, meta.Authors);
        // Without scripts a browser shows <noscript> content; pages that render their article by script often
        // print it there too. Read only when the scripted page yields no article, as it mostly holds tracking pixels.
        if (body.ProseLength < ContentTuning.MinArticleProse && HasNoscriptProse(root))
        {
            var withNoscript = PageWalker.Walk(root, _options, clock, ct, readNoscript: true);
            var fallback = BodyAssembler.Assemble(withNoscript, ContentSelector.Select(withNoscript));
            if (fallback.ProseLength >= ContentTuning.MinArticleProse) (page, body) = (withNoscript, fallback);
        }
        // The page's own statement of its body wins when the heuristics found much less running text than it.
        if (stated is not null && stated.Length >= ContentTuning.MinArticleProse
            && body.ProseLength < (stated.Length + TextBlock.CountWide(stated)) * ContentTuning.StatedBodyShare)
            body = StructuredBody.ToBody(stated, body);

        // The byline printed above the text is what readers see; an author meta tag that names someone else entirely
        // is a CMS account or a stale template value ("Mark Twain" over "By Samuel Clemens").
        if (body.PrintedAuthors.Count > 0 && !SharesAName(meta.Authors, body.PrintedAuthors)) meta = meta with { Authors = body.PrintedAuthors };
        var doc = new Document(body.Text, meta with { Syndication = MergeSyndication(meta.Syndication, body.Syndication) });
        doc.Set(Layers.Paragraphs, body.Paragraphs);
        if (_options.DetectLanguage && body.Text.Length > 0) doc.Meta = doc.Meta with { Language = _language.Detect(body.Text) };
        foreach (var p in problems) doc.AddProblem(p);
        var reason = ArticleVerdict.ReasonNotArticle(page, body, dom, url, meta.Title ?? dom.Title);
        return new ExtractionResult(doc, problems) { IsArticle = reason is null, NotArticleReason = reason, Removed = body.Removed };
    }

    private static bool SharesAName(IReadOnlyList<string> meta, IReadOnlyList<string> printed)
    {
        foreach (var a in meta)
            foreach (var b in printed)
                if (a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool HasNoscriptProse(AngleSharp.Dom.IElement root)
    {
        foreach (var noscript in root.GetElementsByTagName("noscript"))
            if (Tags.IsContentFallback(noscript)) return true;
        return false;
    }

    /// <summary>Metadata's record wins where it names a publisher or URL; the body's line fills in what it lacks.</summary>
    private static Syndication? MergeSyndication(Syndication? fromMeta, Syndication? fromBody)
    {
        if (fromMeta is null || fromBody is null) return fromMeta ?? fromBody;
        static string? Either(string? a, string? b) => string.IsNullOrWhiteSpace(a) ? b : a;
        return new Syndication(Either(fromMeta.Publisher, fromBody.Publisher), Either(fromMeta.Url, fromBody.Url), Either(fromMeta.Statement, fromBody.Statement));
    }

    /// <summary>Cuts markup beyond roughly MaxElements tags before parsing, so a huge page costs bounded time and memory.</summary>
    private string CapMarkup(string html, string source, List<Problem> problems)
    {
        // Four '<' per element covers end tags, comments and stray brackets; counting is vectorised and cheap.
        long budget = 4L * _options.MaxElements;
        var span = html.AsSpan();
        if (span.Count('<') <= budget) return html;
        int at = 0;
        for (long seen = 0; seen < budget; seen++) at += span[at..].IndexOf('<') + 1;
        problems.Add(new Problem("extract.truncated", $"the page has more than {budget:N0} tags (4 per element of Extract:MaxElements = {_options.MaxElements:N0}); only the first {at:N0} of {html.Length:N0} characters were read", "extract", source, $"offset {at}"));
        return html[..(at - 1)];
    }

    private void ReportLimits(PageModel page, string source, List<Problem> problems)
    {
        if (page.HitElementLimit)
            problems.Add(new Problem("extract.too-many-elements", $"the page has more than {_options.MaxElements:N0} elements; the rest was ignored (Extract:MaxElements)", "extract", source));
        if (page.HitDepthLimit && !problems.Exists(p => p.Code == "extract.too-deep"))
            problems.Add(new Problem("extract.too-deep", $"elements are nested deeper than {_options.MaxDepth} levels; deeper content was flattened (Extract:MaxDepth)", "extract", source));
        if (page.TimedOut)
            problems.Add(new Problem("extract.timeout", $"extraction took longer than {_options.TimeLimit.TotalSeconds:0.#} s (Extract:TimeLimit); the text found so far was kept", "extract", source));
    }

    public ExtractionResult ExtractText(string text, string source)
    {
        var cleaned = _textCleaner.Clean(text);
        var meta = new DocumentMeta
        {
            Source = source, Title = cleaned.Title, Syndication = cleaned.Syndication, Authors = cleaned.Authors,
            Published = cleaned.Published?.Value, PublishedHasTime = cleaned.Published?.HasTime ?? false, PublishedHasOffset = cleaned.Published?.HasOffset ?? false,
        };
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
