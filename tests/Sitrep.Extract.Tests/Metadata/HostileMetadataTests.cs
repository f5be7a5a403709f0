using System.Text;

namespace Sitrep.Extract.Tests.Metadata;

/// <summary>Pages built to make the title and date rules slow or confused still extract, within the test timeout.</summary>
public sealed class HostileMetadataTests
{
    private static readonly ArticleExtractor Extractor = new(new ExtractOptions { DetectLanguage = false });

    private static Task<ExtractionResult> ExtractAsync(string html)
        => Task.Run(() => Extractor.ExtractHtml(html, "test.html", "https://www.harbourgazette.example/news/port-strike-ends"));

    [Fact(Timeout = 300_000)]
    public async Task Twenty_thousand_site_banner_h1s_leave_the_headline_to_the_title()
    {
        var sb = new StringBuilder("<html><head><title>Port strike ends after nine days | Harbour Gazette</title></head><body>");
        for (int i = 0; i < 20_000; i++) sb.Append("<h1><a href=\"/\">Harbour Gazette</a></h1>");
        sb.Append("<p>Dock workers went back to work on Friday after a deal on pay was reached late on Thursday night.</p></body></html>");

        var result = await ExtractAsync(sb.ToString());

        Assert.Equal("Port strike ends after nine days", result.Document!.Meta.Title);
    }

    [Fact(Timeout = 300_000)]
    public async Task Headings_nested_thousands_deep_do_not_hang_title_choice()
    {
        const int depth = 3_000;
        var sb = new StringBuilder("<html><head><title>Port strike ends after nine days</title></head><body>");
        for (int i = 0; i < depth; i++) sb.Append("<h1 class=\"site-title\"><div>");
        sb.Append("<p>Dock workers went back to work on Friday after a deal on pay was reached late on Thursday night.</p>");
        for (int i = 0; i < depth; i++) sb.Append("</div></h1>");
        sb.Append("</body></html>");

        var result = await ExtractAsync(sb.ToString());

        Assert.Equal("Port strike ends after nine days", result.Document!.Meta.Title);
    }

    [Fact(Timeout = 300_000)]
    public async Task Date_texts_full_of_labels_and_digits_do_not_confuse_the_date_rules()
    {
        var sb = new StringBuilder("<html><head><meta name=\"date\" content=\"11/01/2023 12:43:42\"></head><body><nav class=\"navbar\">");
        for (int i = 0; i < 1_000; i++) sb.Append("<span class=\"date\">Updated 2023-01-").Append(1 + i % 28).Append("</span>");
        sb.Append("</nav><p>Erstellt am: 01.11.2023</p><p>Drinking water in the valley was declared safe again after two weeks of tests.</p></body></html>");

        var result = await ExtractAsync(sb.ToString());

        Assert.Equal(new DateTime(2023, 11, 1), result.Document!.Meta.Published!.Value.Date);
    }

    [Fact(Timeout = 300_000)]
    public async Task Dates_in_non_ascii_digits_give_no_date_instead_of_an_error()
    {
        var html = "<html><head><title>Port strike ends</title><meta name=\"date\" content=\"٢٠٢٣-١١-٠٧\"></head><body>"
            + "<p class=\"byline\">Written: 20٢٣-١١-٠٧ 15:03</p><time datetime=\"２０２３-１１-０７\">７ November</time>"
            + "<p>Dock workers went back to work on Friday after a deal on pay was reached late on Thursday night.</p></body></html>";

        var result = await ExtractAsync(html);

        Assert.NotNull(result.Document);
        Assert.Null(result.Document.Meta.Published);
    }

    [Fact(Timeout = 300_000)]
    public async Task Thousands_of_unparseable_time_elements_under_a_huge_class_do_not_hang_date_choice()
    {
        var sb = new StringBuilder("<html><head><title>Port strike ends</title></head><body class=\"");
        sb.Append('x', 1_000_000).Append("\"><div class=\"").Append('y', 100_000).Append("\">");
        for (int i = 0; i < 50_000; i++) sb.Append("<time class=\"date\">soon</time>");
        sb.Append("<p>Dock workers went back to work on Friday after a deal on pay was reached late on Thursday night.</p></div></body></html>");

        var result = await ExtractAsync(sb.ToString());

        Assert.Null(result.Document!.Meta.Published);
    }
}
