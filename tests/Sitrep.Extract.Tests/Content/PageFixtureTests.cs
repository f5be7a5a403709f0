using Sitrep.Core;

namespace Sitrep.Extract.Tests.Content;

public sealed class PageFixtureTests
{
    private static readonly ArticleExtractor Extractor = new(new ExtractOptions { DetectLanguage = false });

    public static IEnumerable<object[]> Pages => PageFixture.All();

    [Theory]
    [MemberData(nameof(Pages))]
    public void Extracts_the_article_body_as_written_in_the_fixture(PageFixture page)
    {
        var url = page.Expected?.TryGetProperty("url", out var u) == true ? u.GetString() : $"https://news.example/{page.Name}";
        var result = Extractor.ExtractHtml(page.Html, page.Name, url);

        Assert.NotNull(result.Document);
        var text = result.Document.Text;
        if (page.ExpectedText is { } expected) Assert.Equal(expected, text);
        foreach (var snippet in page.With) Assert.Contains(snippet, text);
        foreach (var snippet in page.Without) Assert.DoesNotContain(snippet, text);
        if (page.Expected is not { } json) return;

        if (json.TryGetProperty("isArticle", out var isArticle))
            Assert.True(isArticle.GetBoolean() == result.IsArticle, $"IsArticle = {result.IsArticle} ({result.NotArticleReason})");
        if (json.TryGetProperty("reasonContains", out var reason))
            Assert.True((result.NotArticleReason ?? "").Contains(reason.GetString()!, StringComparison.OrdinalIgnoreCase), $"reason: {result.NotArticleReason}");
        if (json.TryGetProperty("removedKinds", out var kinds))
            foreach (var kind in kinds.EnumerateArray())
                Assert.True(result.Removed.ContainsKey(kind.GetString()!), $"nothing removed as {kind}; removed: {string.Join(", ", result.Removed.Keys)}");
        if (json.TryGetProperty("syndicationPublisher", out var publisher))
            Assert.True(publisher.GetString() == result.Document.Meta.Syndication?.Publisher, $"syndication: {result.Document.Meta.Syndication}; text: {text}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Paragraph_spans_cover_the_text_between_blank_lines(PageFixture page)
    {
        var doc = Extractor.ExtractHtml(page.Html, page.Name).Document!;
        var paragraphs = doc.Get(Layers.Paragraphs);
        var pieces = doc.Text.Length == 0 ? [] : doc.Text.Split("\n\n");
        Assert.Equal(pieces.Length, paragraphs.Count);
        for (int i = 0; i < pieces.Length; i++) Assert.Equal(pieces[i], doc.TextOf(paragraphs[i].Span));
    }
}
