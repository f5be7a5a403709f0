using System.Diagnostics;
using Sitrep.Extract.Content;

namespace Sitrep.Extract.Tests.Content;

public sealed class BodyAssemblerTests
{
    [Theory]
    [InlineData("March 4, 2025", true)]
    [InlineData("Tuesday, 4 March 2025 | 09:15 GMT", true)]
    [InlineData("04.03.2025, 16:45 Uhr", true)]
    [InlineData("2024年8月5日 12時30分", true)]
    [InlineData("2024년 8월 5일", true)]
    [InlineData("Posted on March 4, 2025", false)]
    [InlineData("Rain expected on March 4, 2025", false)]
    [InlineData("Storm warning", false)]
    public void A_bare_date_is_only_a_date_and_maybe_a_time(string text, bool expected)
        => Assert.Equal(expected, BodyAssembler.IsBareDate(text));

    [Theory]
    [InlineData("Posted on March 4, 2025", true)]
    [InlineData("Publié le 25 avril 2024 à 07h12", true)]
    [InlineData("Aktualisiert am 3. Mai 2024, 14:05 Uhr", true)]
    [InlineData("Published by the ministry on March 4, 2025", false)]
    [InlineData("Rain expected on March 4, 2025", false)]
    public void A_dateline_is_a_date_maybe_after_its_label(string text, bool expected)
        => Assert.Equal(expected, BodyAssembler.IsDateline(text));

    [Fact]
    public void A_byline_and_dateline_before_the_article_go_but_a_date_inside_it_stays()
    {
        const string html = """
            <html><body><article><h1>Timeline of the harbour dispute</h1><p>By Jane Roe</p><time>March 4, 2025</time>
            <p>Dock workers walked off the job on Tuesday, halting cargo traffic at the country's largest container port.</p>
            <h2>March 10, 2025</h2><h3>By The Numbers</h3>
            <p>Talks resumed under a mediator appointed by the labour ministry, and both sides agreed to a week of silence.</p>
            </article></body></html>
            """;
        var options = new ExtractOptions();
        var page = PageWalker.Walk(PageParser.Parse(html, options).Body!, options, Stopwatch.StartNew(), default);
        var body = BodyAssembler.Assemble(page, ContentSelector.Select(page));
        Assert.DoesNotContain("March 4, 2025", body.Text);
        Assert.DoesNotContain("Jane Roe", body.Text);
        Assert.Contains("March 10, 2025", body.Text);
        Assert.Contains("By The Numbers", body.Text);
        Assert.Equal(1, body.Removed["byline"]);
        Assert.Equal(1, body.Removed["dateline"]);
    }

    [Fact]
    public void A_long_headline_does_not_end_the_dateline_search()
    {
        const string html = """
            <html><body><article><h1>Central bank holds rates steady, signals cuts later this year as inflation cools</h1>
            <p class="byline">By Jane Roe</p><time datetime="2024-06-12">June 12, 2024</time>
            <p>The Federal Reserve left its benchmark interest rate unchanged on Wednesday for the seventh consecutive meeting.</p>
            </article></body></html>
            """;
        var options = new ExtractOptions();
        var page = PageWalker.Walk(PageParser.Parse(html, options).Body!, options, Stopwatch.StartNew(), default);
        var body = BodyAssembler.Assemble(page, ContentSelector.Select(page));
        Assert.DoesNotContain("June 12, 2024", body.Text);
        Assert.DoesNotContain("Jane Roe", body.Text);
    }

    [Theory]
    [InlineData("<p>No injuries were reported.</p>", true)]
    [InlineData("<p>The company did not respond to a request for comment.</p>", true)]
    [InlineData("<p>Möchten Sie den Artikel teilen?</p>", false)]
    [InlineData("<p>Jane Roe is a senior writer for the Harbour Gazette.</p>", false)]
    [InlineData("<p>Foto: Hafenamt Kessel</p>", false)]
    [InlineData("<p>開業式典には市長らが出席し、テープカットを行った。</p>", true)]
    [InlineData("<p>写真：共同通信</p>", false)]
    [InlineData("<p><a href='/tag/port'>More on the port strike.</a></p>", false)]
    [InlineData("<p>Topics</p><p>City Hall</p><p>Comments are closed for this article.</p>", false)]
    [InlineData("<p>Schlagworte</p><p>Anna Berg ist Redakteurin im Ressort Politik.</p>", false)]
    public void A_short_closing_sentence_ends_the_story_but_page_furniture_does_not(string last, bool kept)
    {
        var html = $"""
            <html><body><article><h1>Harbour strike ends</h1>
            <p>Dock workers returned to the job on Tuesday after a week-long strike that halted cargo traffic at the port.</p>
            <p>Talks resumed under a mediator appointed by the labour ministry, and both sides agreed to a new contract.</p>
            {last}</article></body></html>
            """;
        var options = new ExtractOptions();
        var page = PageWalker.Walk(PageParser.Parse(html, options).Body!, options, Stopwatch.StartNew(), default);
        var body = BodyAssembler.Assemble(page, ContentSelector.Select(page));
        var lastText = System.Text.RegularExpressions.Regex.Replace(last, "<[^>]+>", "");
        Assert.Equal(kept, body.Text.EndsWith(lastText, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mark Tanner", "Samuel Clemens")]
    [InlineData("Samuel Clemens", "Samuel Clemens")]
    [InlineData("Clemens", "Clemens")]
    public void The_printed_byline_wins_over_an_author_tag_naming_someone_else(string metaAuthor, string expected)
    {
        var html = $"""
            <html><head><meta name="author" content="{metaAuthor}"></head><body><article><h1>Harbour strike ends</h1>
            <p>By Samuel Clemens</p>
            <p>Dock workers returned to the job on Tuesday after a week-long strike that halted cargo traffic at the port.</p>
            <p>Talks resumed under a mediator appointed by the labour ministry, and both sides agreed to a new contract.</p>
            </article></body></html>
            """;
        var result = new ArticleExtractor().Extract(new ExtractInput("harbour.html", System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Equal([expected], result.Document!.Meta.Authors);
        Assert.DoesNotContain("By Samuel Clemens", result.Document.Text);
    }

    [Theory]
    [InlineData("River training for the boat crews", "River training for the boat crews")]
    [InlineData("Introduction", "Fire Brigade Oldenburg")]
    public void Without_an_h1_the_heading_above_the_text_is_the_title_when_it_shares_a_word_with_it(string heading, string expected)
        => Assert.Equal(expected, TitleOfBrigadePage("<title>Fire Brigade Oldenburg - Training</title>",
            $"<h2>{heading}</h2>", """<nav><h2>Main navigation</h2><ul><li><a href="/">Home</a></li><li><a href="/training">Training</a></li></ul></nav>"""));

    [Theory]
    [InlineData("gasprices.example | Gas")]
    [InlineData("Consumer Association of Lower Saxony e.V.")]
    public void Without_an_h1_a_headline_above_the_text_beats_a_section_or_organisation_title(string documentTitle)
    {
        var html = $"""
            <html><head><title>{documentTitle}</title></head><body>
            <div class="content"><h2>Energy price crisis: relief and rights at a glance</h2><h3>By Leonora Holling</h3>
            <p>Households facing higher gas bills can claim several kinds of relief this winter, and suppliers must tell them so.</p>
            <p>Suppliers may raise prices only with six weeks' notice, the consumer association said on Tuesday.</p>
            </div></body></html>
            """;
        var result = new ArticleExtractor().Extract(new ExtractInput("gas.html", System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Equal("Energy price crisis: relief and rights at a glance", result.Document!.Meta.Title);
    }

    [Theory]
    [InlineData("<title>River training for the boat crews | Brigade News</title>", "<h3>Fire Brigade training news</h3><h2>River training for the boat crews</h2>", "River training for the boat crews")]
    [InlineData("<title>Storm hits the coast | Coast Daily</title><meta property=\"og:title\" content=\"Storm hits the coast\">", "<h2>Crews expect to restore power to the storm coast by Friday.</h2>", "Storm hits the coast")]
    [InlineData("<title>River rescue | Fire Brigade Oldenburg</title><meta property=\"og:site_name\" content=\"Fire Brigade Oldenburg\">", "<h2>Latest news from the Fire Brigade</h2>", "River rescue")]
    [InlineData("<title>Training</title>", "<h2>Written by Anna Berg and Tom Smith</h2>", "Training")]
    public void Without_an_h1_a_kicker_standfirst_byline_or_site_heading_does_not_become_the_title(string head, string headings, string expected)
        => Assert.Equal(expected, TitleOfBrigadePage(head, headings));

    /// <summary>The title extracted from a short page without an h1: <paramref name="headings"/> stand above its text.</summary>
    private static string? TitleOfBrigadePage(string head, string headings, string beforeContent = "")
    {
        var html = $"""
            <html><head>{head}</head><body>{beforeContent}
            <div class="content">{headings}
            <p>Twelve volunteers spent Saturday on the river, practising rescues from the water with the new inflatable boat.</p>
            <p>The crews repeat the training every month, the brigade said, so that every diver knows the boat by heart.</p>
            </div></body></html>
            """;
        return new ArticleExtractor().Extract(new ExtractInput("brigade.html", System.Text.Encoding.UTF8.GetBytes(html))).Document!.Meta.Title;
    }

    [Fact]
    public void A_pull_quote_and_the_writers_bio_are_not_article_text()
    {
        const string html = """
            <html><head><meta name="author" content="Jane Roe"></head><body><article><h1>Harbour strike ends</h1>
            <p>Dock workers returned to the job on Tuesday after a week-long strike that halted cargo traffic at the port.</p>
            <blockquote class="wp-block-pullquote"><p>“Nobody wins a strike like this”</p></blockquote>
            <p>“Nobody wins a strike like this,” said the union's leader, adding that both sides had given ground in the talks.</p>
            <p>Jane Roe covers the port and shipping for the Harbour Gazette. Follow her on X.</p>
            </article></body></html>
            """;
        var result = new ArticleExtractor().Extract(new ExtractInput("harbour.html", System.Text.Encoding.UTF8.GetBytes(html)));
        var text = result.Document!.Text;
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, "Nobody wins"));
        Assert.DoesNotContain("covers the port", text);
        Assert.EndsWith("given ground in the talks.", text);
    }

    [Theory]
    [InlineData("Harbour strike ends", false)]
    [InlineData("Harbour  strike ENDS", false)]
    [InlineData("A different headline", true)]
    public void The_headline_that_is_the_title_leaves_the_text(string title, bool kept)
    {
        const string html = """
            <html><body><article><h1>Harbour strike ends</h1>
            <p>Dock workers went back to work on Friday after a nine-day strike over pay, the union said in a statement.</p>
            <p>The agreement gives workers a seven percent rise over two years and a one-off payment in December.</p>
            </article></body></html>
            """;
        var options = new ExtractOptions();
        var page = PageWalker.Walk(PageParser.Parse(html, options).Body!, options, Stopwatch.StartNew(), default);
        var body = BodyAssembler.Assemble(page, ContentSelector.Select(page), title.Replace("  ", " "));
        Assert.Equal(kept, body.Text.StartsWith("Harbour strike ends", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kicker_above_the_headline_leaves_with_it()
    {
        const string html = """
            <html><body><article><span class="kicker">Opinion</span><h1>Cities need fewer car parks</h1>
            <p>Walk through almost any mid-sized downtown and count the surface car parks: in many, they take more land than shops.</p>
            <p>Opinion polls show most residents would rather see housing there, yet councils keep approving new ones.</p>
            </article></body></html>
            """;
        var options = new ExtractOptions();
        var page = PageWalker.Walk(PageParser.Parse(html, options).Body!, options, Stopwatch.StartNew(), default);
        var body = BodyAssembler.Assemble(page, ContentSelector.Select(page), "Cities need fewer car parks");
        Assert.StartsWith("Walk through almost any", body.Text);
        Assert.Equal(2, body.Removed["title"]);
    }

    [Theory]
    [InlineData("Este sitio utiliza cookies propias y de terceros para analizar el tráfico. Si continúa navegando, entendemos que acepta su uso.", "cookie")]
    [InlineData("El Boletín del Puerto, nuestro resumen diario, llega cada mañana a las siete con las noticias de la ciudad. Es gratis.", "newsletter")]
    [InlineData("Diese Website verwendet Cookies, um die Nutzung zu analysieren. Wenn Sie weitersurfen, stimmen Sie zu.", "cookie")]
    public void Impersonal_consent_and_newsletter_boxes_are_furniture(string box, string kind)
    {
        var html = $"""
            <html><body><article><h1>Puerto amplía el muelle norte</h1>
            <p>La autoridad portuaria aprobó el martes la ampliación del muelle norte, una obra que permitirá recibir buques mayores.</p>
            <p>Los trabajos comenzarán en otoño y durarán dieciocho meses, según el proyecto presentado por el consejo del puerto.</p>
            <p>{box}</p></article></body></html>
            """;
        var options = new ExtractOptions();
        var page = PageWalker.Walk(PageParser.Parse(html, options).Body!, options, Stopwatch.StartNew(), default);
        var body = BodyAssembler.Assemble(page, ContentSelector.Select(page));
        Assert.DoesNotContain(box[..20], body.Text);
        Assert.Equal(1, body.Removed[kind]);
    }
}
