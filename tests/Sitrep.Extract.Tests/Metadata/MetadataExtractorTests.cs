using AngleSharp.Html.Parser;
using Sitrep.Core;
using Sitrep.Extract.Metadata;

namespace Sitrep.Extract.Tests.Metadata;

public sealed class MetadataExtractorTests
{
    private static DocumentMeta Extract(string html, string? url = "https://www.harbourgazette.example/news/2024/03/15/port-strike-ends")
        => new MetadataExtractor().Extract(new HtmlParser().ParseDocument(html), url);

    private const string GraphPage = """
        <!doctype html><html lang="en"><head>
        <title>Port strike ends after nine days | The Harbour Gazette</title>
        <link rel="canonical" href="/news/2024/03/15/port-strike-ends">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"https://www.harbourgazette.example/#website","name":"The Harbour Gazette"},
          {"@type":"Organization","@id":"https://www.harbourgazette.example/#org","name":"Harbour Gazette Media"},
          {"@type":"Person","@id":"https://www.harbourgazette.example/#/person/ada","name":"Ada Okafor"},
          {"@type":["NewsArticle","Article"],"headline":"Port strike ends after nine days",
           "datePublished":"2024-03-15T08:30:00+01:00","dateModified":"2024-03-15T12:05:00+01:00",
           "author":[{"@id":"https://www.harbourgazette.example/#/person/ada"},{"@type":"Person","name":"By Tom Reyes"}],
           "publisher":{"@id":"https://www.harbourgazette.example/#org"},
           "image":{"@type":"ImageObject","url":"/img/strike.jpg"},
           "articleSection":"Business","keywords":["strike","port","unions"],
           "description":"Dock workers return after a deal on pay."}
        ]}
        </script></head><body><h1>Port strike ends after nine days</h1><p>Dock workers went back on Friday.</p></body></html>
        """;

    [Fact]
    public void Reads_json_ld_graph_with_referenced_author_and_publisher()
    {
        var meta = Extract(GraphPage);
        Assert.Equal("Port strike ends after nine days", meta.Title);
        Assert.Equal(["Ada Okafor", "Tom Reyes"], meta.Authors);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.FromHours(1)), meta.Published);
        Assert.True(meta.PublishedHasTime);
        Assert.True(meta.PublishedHasOffset);
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 12, 5, 0, TimeSpan.FromHours(1)), meta.Modified);
        Assert.Equal("Harbour Gazette Media", meta.SiteName);
        Assert.Equal("Business", meta.Section);
        Assert.Equal(["strike", "port", "unions"], meta.Tags);
        Assert.Equal("Dock workers return after a deal on pay.", meta.Description);
    }

    [Fact]
    public void Resolves_canonical_and_image_against_the_page_url()
    {
        var meta = Extract(GraphPage);
        Assert.Equal("https://www.harbourgazette.example/news/2024/03/15/port-strike-ends", meta.Url);
        Assert.Equal("https://www.harbourgazette.example/img/strike.jpg", meta.Image);
        Assert.Null(meta.Syndication);
    }

    [Fact]
    public void Reads_open_graph_only_page_and_strips_site_name_from_title()
    {
        var meta = Extract("""
            <html><head><title>Council approves new bike lanes - Riverside Daily</title>
            <meta property="og:site_name" content="Riverside Daily">
            <meta property="og:title" content="Council approves new bike lanes - Riverside Daily">
            <meta property="og:url" content="https://riverside.example/local/bike-lanes">
            <meta property="og:image" content="https://cdn.riverside.example/bike.jpg">
            <meta property="og:description" content="The vote was 7 to 2.">
            <meta property="article:published_time" content="2023-08-09">
            <meta property="article:author" content="https://riverside.example/staff/lee">
            <meta property="article:section" content="Local">
            <meta property="article:tag" content="transport"><meta property="article:tag" content="council">
            </head><body><p>Text.</p></body></html>
            """, "https://riverside.example/local/bike-lanes?utm_source=x");
        Assert.Equal("Council approves new bike lanes", meta.Title);
        Assert.Equal("Riverside Daily", meta.SiteName);
        Assert.Equal("https://riverside.example/local/bike-lanes", meta.Url);
        Assert.Equal(new DateOnly(2023, 8, 9), DateOnly.FromDateTime(meta.Published!.Value.Date));
        Assert.False(meta.PublishedHasTime);
        Assert.Empty(meta.Authors);
        Assert.Equal("Local", meta.Section);
        Assert.Equal(["transport", "council"], meta.Tags);
    }

    [Fact]
    public void Reads_microdata_article()
    {
        var meta = Extract("""
            <html><head><title>Ein neuer Hafen für Kiel</title></head><body>
            <article itemscope itemtype="https://schema.org/NewsArticle">
              <h1 itemprop="headline">Ein neuer Hafen für Kiel</h1>
              <span itemprop="author" itemscope itemtype="https://schema.org/Person">Von <span itemprop="name">Anna Berg</span></span>
              <time itemprop="datePublished" datetime="2022-11-04T16:20:00+01:00">4. November 2022</time>
              <p>Die Stadt plant ...</p>
            </article></body></html>
            """, "https://nord.example/kiel/hafen");
        Assert.Equal("Ein neuer Hafen für Kiel", meta.Title);
        Assert.Equal(["Anna Berg"], meta.Authors);
        Assert.Equal(new DateTimeOffset(2022, 11, 4, 16, 20, 0, TimeSpan.FromHours(1)), meta.Published);
    }

    [Fact]
    public void Reads_plain_meta_tags_with_dublin_core_date_and_author()
    {
        var meta = Extract("""
            <html><head><title>Water rates to rise in April</title>
            <meta name="author" content="By Maria Lopez and James Chen">
            <meta name="DC.date.issued" content="2021-02-17T10:00:00Z">
            <meta name="keywords" content="water, utilities, prices">
            <meta name="description" content="Households will pay 4% more.">
            </head><body><h1>Water rates to rise in April</h1></body></html>
            """, null);
        Assert.Equal(["Maria Lopez", "James Chen"], meta.Authors);
        Assert.Equal(new DateTimeOffset(2021, 2, 17, 10, 0, 0, TimeSpan.Zero), meta.Published);
        Assert.Equal(["water", "utilities", "prices"], meta.Tags);
        Assert.Equal("Households will pay 4% more.", meta.Description);
        Assert.Null(meta.Url);
    }

    [Fact]
    public void Finds_byline_and_date_in_page_template_when_no_structured_data()
    {
        var meta = Extract("""
            <html><head><title>Festival draws record crowd :: Valley Courier</title></head><body>
            <nav><a href="/">Home</a></nav>
            <div class="article-header"><h1>Festival draws record crowd</h1>
            <div class="byline">Por Lucía Fernández y Diego Ruiz | 12 de julio de 2019</div></div>
            <p>Más de 40.000 personas asistieron.</p></body></html>
            """, "https://valley.example/cultura/festival");
        Assert.Equal("Festival draws record crowd", meta.Title);
        Assert.Equal(["Lucía Fernández", "Diego Ruiz"], meta.Authors);
        Assert.Equal(new DateTime(2019, 7, 12), meta.Published!.Value.Date);
        Assert.False(meta.PublishedHasTime);
    }

    [Fact]
    public void Skips_broken_json_ld_and_uses_the_valid_block()
    {
        var meta = Extract("""
            <html><head><title>Storm warning | Coast News</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken, "author": }</script>
            <script type="application/ld+json">[{"@type":"BlogPosting","headline":"Storm warning for the coast","author":"Sam Hill","datePublished":"2020-01-05"}]</script>
            <script type="application/ld+json"></script>
            </head><body><h1>Storm warning for the coast</h1></body></html>
            """);
        Assert.Equal("Storm warning for the coast", meta.Title);
        Assert.Equal(["Sam Hill"], meta.Authors);
        Assert.Equal(new DateTime(2020, 1, 5), meta.Published!.Value.Date);
    }

    [Fact]
    public void Survives_json_ld_that_is_only_garbage()
    {
        var meta = Extract("""<html><head><title>A page</title><script type="application/ld+json">{{{{ [[[ "unterminated</script></head><body></body></html>""");
        Assert.Equal("A page", meta.Title);
    }

    [Fact]
    public void Survives_json_ld_nested_far_too_deep()
    {
        var deep = new string('[', 5000) + "{\"@type\":\"NewsArticle\",\"headline\":\"Deep\"}" + new string(']', 5000);
        var meta = Extract($"""<html><head><title>Shallow title</title><script type="application/ld+json">{deep}</script></head><body></body></html>""");
        Assert.Equal("Shallow title", meta.Title);
    }

    [Fact]
    public void Reads_json_ld_fields_of_unexpected_types_without_failing()
    {
        var meta = Extract("""
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":{"@value":"Typed headline"},"author":[null,42,{"givenName":"Ana","familyName":"Lima"}],
             "datePublished":["2022-06-01T09:00:00Z"],"keywords":"a, b","image":[{"url":"https://cdn.example/x.jpg"}],"publisher":"Diário Exemplo"}
            </script></head><body></body></html>
            """);
        Assert.Equal("Typed headline", meta.Title);
        Assert.Equal(["Ana Lima"], meta.Authors);
        Assert.Equal(new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero), meta.Published);
        Assert.Equal(["a", "b"], meta.Tags);
        Assert.Equal("https://cdn.example/x.jpg", meta.Image);
        Assert.Equal("Diário Exemplo", meta.SiteName);
    }

    [Fact]
    public void Prefers_the_title_variant_that_matches_the_h1()
    {
        var meta = Extract("""
            <html><head><title>Daily Tribune – Markets rally as inflation cools – Business</title></head>
            <body><h1>Markets rally as inflation cools</h1></body></html>
            """);
        Assert.Equal("Markets rally as inflation cools", meta.Title);
    }

    [Theory]
    [InlineData("Fish cakes, hot and fresh", "<h1>Fish cakes, hot and fresh <span>A visit to the harbour market</span></h1>", "Fish cakes, hot and fresh")]
    [InlineData("Battery plant grows | Energy Wire", "<h1>Battery plant grows in Tennessee</h1>", "Battery plant grows in Tennessee")]
    [InlineData("Zverev reaches the quarter-finals - Tennis Today", "<h1><span>Montpellier</span> Zverev reaches the quarter-finals</h1>", "Zverev reaches the quarter-finals")]
    [InlineData("Kramer misses the Olympics - Ski Jumping Today", "<h1>\"Pure emptiness\": Kramer misses the Olympics</h1>", "\"Pure emptiness\": Kramer misses the Olympics")]
    [InlineData("Kramer misses the Olympics - Ski Jumping Today", "<h1>Olympics: Kramer misses the Olympics</h1>", "Kramer misses the Olympics")]
    public void Reconciles_og_title_with_a_longer_h1(string ogTitle, string h1, string expected)
    {
        var meta = Extract($"""<html><head><meta property="og:title" content="{ogTitle}"></head><body>{h1}<h2>Related</h2><h2>More news</h2></body></html>""");
        Assert.Equal(expected, meta.Title);
    }

    [Theory]
    [InlineData("""<h1><span class="dachzeile">Nach dem Sturm</span> <span class="headline">Fähren fahren wieder nach Sylt</span></h1>""", "Fähren fahren wieder nach Sylt")]
    [InlineData("""<h1><small>Portugal</small><br> Neue Regierung vereidigt</h1>""", "Neue Regierung vereidigt")]
    [InlineData("""<h1><span class="post-title"><small>Training of the week</small><br>Long swim with short rests</span></h1>""", "Long swim with short rests")]
    [InlineData("""<h1><span class="kicker">Election</span><span class="sr-only"> - </span><span>Turnout reaches a record high</span></h1>""", "Turnout reaches a record high")]
    [InlineData("""<h1><span class="headline">Dock workers strike again</span> <span class="subtitle">Second walkout this month</span></h1>""", "Dock workers strike again Second walkout this month")]
    [InlineData("""<h1><a href="/story">Storm</a> closes the harbour for two days</h1>""", "Storm closes the harbour for two days")]
    public void Leaves_a_kicker_inside_the_h1_out_of_the_title(string h1, string expected)
    {
        var meta = Extract($"""<html><head><title>Nachrichten</title></head><body>{h1}<h2>Related</h2></body></html>""", null);
        Assert.Equal(expected, meta.Title);
    }

    [Theory]
    [InlineData("https://www.seeblick.example.de/artikel/faehre", "2022-11-06T23:00:00Z", "2022-11-07")]
    [InlineData("https://www.diario.example.com.ar/politica/sesion", "2022-05-04T00:53:29Z", "2022-05-03")]
    [InlineData("https://www.harbour.example.com/news/strike", "2022-05-04T00:53:29Z", "2022-05-04")]
    [InlineData("https://www.diario.example.com.bo/santa-cruz/robos", "Wed, 04 May 2022 02:41:00 GMT", "2022-05-03")]
    [InlineData("https://www.seeblick.example.de/artikel/faehre", "2022-11-06T23:00:00+00:00", "2022-11-06")]
    public void Dates_a_utc_timestamp_on_the_calendar_of_the_sites_country(string url, string published, string expected)
    {
        var meta = Extract($"""<html><head><meta property="article:published_time" content="{published}"></head><body><h1>Ferry back in service</h1></body></html>""", url);
        Assert.Equal(expected, meta.Published!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(meta.PublishedHasTime);
        Assert.True(meta.PublishedHasOffset);
    }

    [Theory]
    [InlineData("<meta property='article:published_time' content='2025-10-14T16:45'>")]
    [InlineData("<time datetime='2025-10-14 16:45'></time>")]
    [InlineData("<p class='date'>Veröffentlicht am 14.10.2025, 16:45 Uhr</p>")]
    public void A_time_printed_without_a_zone_has_no_offset(string html)
    {
        var meta = Extract($"<html><head>{(html.StartsWith("<meta") ? html : "")}</head><body><h1>Fähre wieder in Betrieb</h1>{(html.StartsWith("<meta") ? "" : html)}</body></html>", "https://www.harbour.example.com/news/faehre");
        Assert.Equal(new DateTime(2025, 10, 14, 16, 45, 0), meta.Published!.Value.DateTime);
        Assert.True(meta.PublishedHasTime);
        Assert.False(meta.PublishedHasOffset);
    }

    [Theory]
    [InlineData("<p class=\"date\">Updated March 20, 2021</p>", "https://www.tribune.example/news/lockdown-extended", "2021-03-20")]
    [InlineData("<p class=\"date\">Published March 16, 2021</p><p>Updated March 20, 2021</p>", "https://www.tribune.example/news/lockdown-extended", "2021-03-16")]
    [InlineData("<p>Updated March 20, 2021</p>", "https://www.tribune.example/2021/03/16/lockdown-extended", "2021-03-16")]
    [InlineData("<p>No date printed.</p>", "https://www.tribune.example/news/lockdown-extended", "2021-03-16")]
    public void Takes_the_modification_date_when_the_page_shows_only_that(string body, string url, string expected)
    {
        var meta = Extract($"""
            <html><head><meta property="article:published_time" content="2021-03-16T16:16:10-05:00">
            <meta property="article:modified_time" content="2021-03-20T14:00:17-05:00"></head>
            <body><h1>Lockdown extended by four weeks</h1>{body}</body></html>
            """, url);
        Assert.Equal(expected, meta.Published!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ignores_an_h1_shown_to_screen_readers_only()
    {
        var meta = Extract("""
            <html><head><title>Ferry back in service after storm | Seeblick Zeitung</title></head>
            <body><h1 class="visuallyhidden">Ferry back in service after storm | Seeblick Zeitung</h1><p>Text.</p></body></html>
            """, "https://www.seeblick.example/artikel/faehre");
        Assert.Equal("Ferry back in service after storm", meta.Title);
    }

    [Fact]
    public void Falls_back_to_date_in_url_path()
    {
        var meta = Extract("<html><head><title>Old post</title></head><body><p>No dates here.</p></body></html>",
            "https://blog.example/2018/05/21/old-post/");
        Assert.Equal(new DateTime(2018, 5, 21), meta.Published!.Value.Date);
        Assert.False(meta.PublishedHasTime);
    }

    [Fact]
    public void Reports_syndication_from_original_source_link()
    {
        var meta = Extract("""
            <html><head><title>Drought hits farms</title>
            <link rel="original-source" href="https://wire.example/stories/drought-hits-farms">
            </head><body><h1>Drought hits farms</h1>
            <p><em>This story was originally published by Wire Service and is republished with permission.</em></p></body></html>
            """);
        Assert.NotNull(meta.Syndication);
        Assert.Equal("https://wire.example/stories/drought-hits-farms", meta.Syndication!.Url);
        Assert.Equal("wire.example", meta.Syndication.Publisher);
        Assert.Contains("originally published by Wire Service", meta.Syndication.Statement);
    }

    [Fact]
    public void A_statement_links_the_original_and_its_publisher_is_no_author()
    {
        var meta = Extract("""
            <html><head><title>Sheep return to solar farms</title></head><body><h1>Sheep return to solar farms</h1>
            <p class="byline">By Corinne Vance, Prairie Ledger</p>
            <p>Ranchers are grazing flocks between the panels of three new solar farms, cutting mowing costs.</p>
            <p><em>This article originally appeared on <a href="https://prairieledger.example/solar-grazing">Prairie Ledger</a> and is republished here under a Creative Commons license.</em></p>
            </body></html>
            """);
        Assert.Equal(new Syndication("Prairie Ledger", "https://prairieledger.example/solar-grazing",
            "This article originally appeared on Prairie Ledger and is republished here under a Creative Commons license."), meta.Syndication);
        Assert.Equal(["Corinne Vance"], meta.Authors);
    }

    [Theory]
    [InlineData("This story first appeared in The Valley Courier and is shared with permission.", "The Valley Courier")]
    [InlineData("This story first appeared on the Valley Courier's website.", "Valley Courier")]
    [InlineData("Dieser Artikel erschien zuerst bei der Donau-Zeitung.", "Donau-Zeitung")]
    public void A_statement_without_a_link_names_the_publisher_in_its_text(string statement, string publisher)
    {
        var meta = Extract($"<html><body><h1>Sheep return to solar farms</h1><p><em>{statement}</em></p></body></html>");
        Assert.Equal(publisher, meta.Syndication?.Publisher);
    }

    [Fact]
    public void Reads_byline_and_date_of_a_post_printed_in_noscript()
    {
        var meta = Extract("""
            <html><head><title>Walking the salt road</title></head><body>
            <script type="text/template"><p>Copy for scripts.</p></script>
            <noscript><div class="post-outer"><h3 class="post-title">Walking the salt road: day three</h3>
            <div class="post-header">Posted by Ewan Carrow on Saturday, 9 August 2025</div>
            <p>The third day began in fog. I left the bothy before seven and followed the cairns along the ridge.</p>
            <p>By noon the fog lifted and the whole valley opened below me.</p></div></noscript>
            <noscript><img src="/pixel.gif" alt=""></noscript>
            </body></html>
            """, "https://saltroad.example/walking");
        Assert.Equal(new DateTime(2025, 8, 9), meta.Published!.Value.Date);
        Assert.Equal(["Ewan Carrow"], meta.Authors);
    }

    [Fact]
    public void A_live_blog_without_date_modified_was_modified_at_its_latest_update()
    {
        var meta = Extract("""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm live","datePublished":"2025-01-12T07:02:00+01:00",
             "liveBlogUpdate":[{"@type":"BlogPosting","datePublished":"2025-01-12T09:41:00+01:00"},{"@type":"BlogPosting","datePublished":"2025-01-12T08:15:00+01:00"}]}
            </script></head><body><h1>Storm live</h1></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2025, 1, 12, 9, 41, 0, TimeSpan.FromHours(1)), meta.Modified);
        Assert.Equal(new DateTimeOffset(2025, 1, 12, 7, 2, 0, TimeSpan.FromHours(1)), meta.Published);
    }

    [Theory]
    [InlineData("This story is republished under a <a href='https://creativecommons.org/licenses/by-nd/4.0/'>Creative Commons license</a>. It originally appeared on <a href='https://prairieledger.example/x'>Prairie Ledger</a>.", "Prairie Ledger", "https://prairieledger.example/x")]
    [InlineData("This article was originally published by <a href='https://twitter.com/cvance'>Corinne Vance</a> at <a href='https://prairieledger.example/loans'>Prairie Ledger</a>.", "Prairie Ledger", "https://prairieledger.example/loans")]
    [InlineData("This article first appeared on The Conversation. Read the original article.", "The Conversation", null)]
    [InlineData("This story was first published on Jan. 5 by the county newsletter.", null, null)]
    public void The_original_is_the_link_or_name_after_the_statement_verb(string statement, string? publisher, string? url)
    {
        var meta = Extract($"<html><body><h1>Farm loans</h1><p class='syndication'>{statement}</p></body></html>", url: null);
        Assert.Equal(publisher, meta.Syndication?.Publisher);
        Assert.Equal(url, meta.Syndication?.Url);
    }

    [Fact]
    public void Reports_syndication_from_json_ld_is_based_on()
    {
        var meta = Extract("""
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Bridge reopens","publisher":{"@type":"Organization","name":"Metro Post"},
             "isBasedOn":{"@type":"NewsArticle","url":"https://agency.example/bridge","publisher":{"name":"Agency Wire"}}}
            </script></head><body></body></html>
            """);
        Assert.Equal(new Syndication("Agency Wire", "https://agency.example/bridge", null), meta.Syndication);
    }

    [Fact]
    public void Reports_syndication_when_canonical_points_at_another_site()
    {
        var meta = Extract("""<html><head><link rel="canonical" href="https://www.original.example/a/story"></head><body></body></html>""",
            "https://mirror.example/copy/story");
        Assert.Equal("https://www.original.example/a/story", meta.Syndication?.Url);
        Assert.Equal("original.example", meta.Syndication?.Publisher);
    }

    [Fact]
    public void Does_not_treat_a_subdomain_canonical_as_syndication()
    {
        var meta = Extract("""<html><head><link rel="canonical" href="https://www.paper.example/story"></head><body></body></html>""",
            "https://m.paper.example/story");
        Assert.Null(meta.Syndication);
    }

    [Theory]
    [InlineData("By Jane Roe", new[] { "Jane Roe" })]
    [InlineData("Von Anna Berg und Lukas Kühn", new[] { "Anna Berg", "Lukas Kühn" })]
    [InlineData("Par Claire Dubois", new[] { "Claire Dubois" })]
    [InlineData("Jane Roe | Updated 3 May 2024", new[] { "Jane Roe" })]
    [InlineData("Staff", new string[0])]
    [InlineData("https://example.org/authors/jane", new string[0])]
    [InlineData("Byron Hale", new[] { "Byron Hale" })]
    [InlineData("View all posts by Perry Bacon Jr.", new[] { "Perry Bacon Jr." })]
    [InlineData("Eingestellt von Joe S.", new[] { "Joe S." })]
    [InlineData("Name (erforderlich", new string[0])]
    [InlineData("Zeige alle Beiträge von Petra Lind →", new[] { "Petra Lind" })]
    [InlineData("Veröffentlicht vonChris Hall", new[] { "Chris Hall" })]
    [InlineData("Vonderheide Max", new[] { "Vonderheide Max" })]
    public void Cleans_author_strings(string raw, string[] expected)
    {
        var meta = Extract($"""<html><head><meta name="author" content="{raw}"></head><body></body></html>""");
        Assert.Equal(expected, meta.Authors);
    }

    [Fact]
    public void Ignores_commenters_when_looking_for_a_byline()
    {
        var meta = Extract("""
            <html><body><h1>Why the tram is late</h1><p>Story text.</p>
            <ol class="comment-list"><li><span class="comment-author">Art Edwards says</span><p>Great piece.</p></li></ol>
            <div class="post-author">Text: Mia Schulz</div></body></html>
            """);
        Assert.Equal(["Mia Schulz"], meta.Authors);
    }

    [Fact]
    public void Reads_the_author_from_a_link_preview_label_and_data_pair()
    {
        var meta = Extract("""
            <html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karla Wendt">
            <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="3 Minuten"></head>
            <body><h1>Ein wenig müde, aber noch da</h1></body></html>
            """);
        Assert.Equal(["Karla Wendt"], meta.Authors);
    }

    [Fact]
    public void Finds_the_name_after_a_byline_word_inside_a_dated_line_and_drops_a_handle()
    {
        var dated = Extract("""
            <html><body><h1>Harbour lights</h1><div class="gallery-meta-author">Posted on September 21, 2020 by Noa Peled</div></body></html>
            """);
        Assert.Equal(["Noa Peled"], dated.Authors);
        var handle = Extract("""
            <html><head><meta name="author" content="Wilmer Sandoval @wsandovalr"></head><body></body></html>
            """);
        Assert.Equal(["Wilmer Sandoval"], handle.Authors);
    }

    [Theory]
    [InlineData("<p>Auteur : Kossi Amenyo</p>", "Kossi Amenyo")]
    [InlineData("<p><b>Von:</b><br><br>Greta Vollmer</p>", "Greta Vollmer")]
    [InlineData("<p><strong>Text:</strong> Klaus Reinholt</p><p><strong>Fotos:</strong> Helga Brandt</p>", "Klaus Reinholt")]
    [InlineData("<p class='credits'>Interview: Julia Lenz, Foto: Marc Ober</p>", "Julia Lenz")]
    [InlineData("<p class='postmeta'><span>Posted by Konrad Vey under Uncategorized</span></p>", "Konrad Vey")]
    [InlineData("<p><em>Text von Carl Seidler Illustration von Mark Rost</em></p>", "Carl Seidler")]
    [InlineData("<p><i>von Dana Oberle</i></p>", "Dana Oberle")]
    [InlineData("<p> von <em>Konrad Stegner</em></p>", "Konrad Stegner")]
    [InlineData("<div class='metaInfo'>Ein Artikel von <strong>Paula Sladek</strong> | 27.01.2022 - 12:45</div>", "Paula Sladek")]
    [InlineData("<span class='teaser-cat'> by Ann-Marie de la Cruz </span>", "Ann-Marie de la Cruz")]
    [InlineData("<p class='byline'>佐藤 健一 記者</p>", "佐藤 健一")]
    [InlineData("<div class='signature'><span class='contributor'>Par&nbsp;<a href='/node/lea-morin'>Léa Morin</a></span> <span>le 07 mai 2020</span></div>", "Léa Morin")]
    [InlineData("<p class='postmetadata'>\n\t\t\tVon R. R. am <a href='/2013/08/07/'>07.08.2013</a> um 09:07 Uhr\n\t\t\tgespeichert unter <a href='/cat/'>Kommunizieren</a>\n\t\t</p>", "R. R.")]
    [InlineData("<div class='left info'>Author: <a href='/profile/58'><b>Bo2man</b></a> am 29.12.2010, 13:36 Uhr</div>", "Bo2man")]
    [InlineData("<div class='author-bio'><h3>Martin Jansen</h3><p><a href='/author/martin'>Alles von Martin Jansen</a></p></div>", "Martin Jansen")]
    [InlineData("<div class='author'><span class='mobile'>Kristen Falc'hon</span> <span class='desktop'>Kristen Falc'hon</span></div>", "Kristen Falc'hon")]
    [InlineData("<div class='author'>Gast-Autorin Mira Feld</div>", "Mira Feld")]
    [InlineData("<p>Pressemitteilung von Katja Lindner</p>", "Katja Lindner")]
    [InlineData("<div class='recipe-author'>Recipe by Nadia Kamal</div>", "Nadia Kamal")]
    [InlineData("<div id='author-link'><a href='/author/lina/'>Zeige alle Beiträge von Lina <span>»</span></a></div>", "Lina")]
    public void Reads_a_labelled_byline_printed_in_the_body(string byline, string expected)
    {
        var meta = Extract($"<html><body><h1>Elephants cross the border</h1><p>Herds moved north this spring.</p>{byline}</body></html>");
        Assert.Equal([expected], meta.Authors);
    }

    [Theory]
    [InlineData("<p>By Jane Roe and Kim Lee</p>", "Jane Roe|Kim Lee")]
    [InlineData("<p>Reporting by Ahmed Khan and Sara Lopez</p>", "Ahmed Khan|Sara Lopez")]
    [InlineData("<p class='auteur'>Par Claire Dubois et Jean-Luc Martin</p>", "Claire Dubois|Jean-Luc Martin")]
    [InlineData("<p>By Jane Roe, Maria Lopez and Kim Lee, CNN</p>", "Jane Roe|Maria Lopez|Kim Lee")]
    [InlineData("<p>By Nada Tawfik, New York</p>", "Nada Tawfik")]
    [InlineData("<div class='byline'>By <a href='/staff/jane-roe'>Jane Roe</a>, Senior Correspondent</div>", "Jane Roe")]
    [InlineData("<div class='byline'>Jane Roe<br>Environment correspondent</div>", "Jane Roe")]
    [InlineData("<div class='byline'>By Jane Roe, Reuters and AFP</div>", "Jane Roe")]
    [InlineData("<div class='byline'>From staff and wire reports</div>", "")]
    [InlineData("<p class='kicker'>By Land and Sea</p><p class='byline'>By Jane Roe</p>", "Jane Roe")]
    [InlineData("<div class='byline'>Jane Roe, www.janeroe.example</div>", "Jane Roe")]
    [InlineData("<div class='byline'>Max Muster, Anna Berg, Germany</div>", "Max Muster|Anna Berg")]
    public void Bylines_name_every_writer_and_no_role_or_agency_beside_them(string byline, string expected)
    {
        var meta = Extract($"<html><body><h1>Elephants cross the border</h1><p>Herds moved north this spring.</p>{byline}</body></html>");
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), meta.Authors);
    }

    [Theory]
    [InlineData("<footer class='site-footer'><p>Redaktion: Max Mustermann</p></footer>")]
    [InlineData("<aside class='more'><p>Posted by Other Author</p></aside>")]
    [InlineData("<blockquote><p>Von: Hans Meier</p><p>Betreff: Termin</p></blockquote>")]
    [InlineData("<table><tr><td><span>Von:</span></td><td><span>Berlin Hbf</span></td></tr></table>")]
    [InlineData("<p>Interview: Der Kanzler spricht</p>")]
    [InlineData("<p>By the river</p>")]
    [InlineData("<h2>By The Numbers</h2>")]
    [InlineData("<h3><span>Von Null Auf Hundert</span></h3>")]
    [InlineData("<p>By The Numbers</p>")]
    [InlineData("<p>Von Berlin nach Hamburg</p>")]
    [InlineData("<p>By Tuesday the Senate must vote on the bill, said Ann Roe.</p>")]
    [InlineData("<p>The harbour was closed <a href='/x'>by Port Authority</a> on Monday.</p>")]
    public void Labels_outside_a_byline_name_no_author(string html)
    {
        var meta = Extract($"<html><body><h1>Elephants cross the border</h1><p>Herds moved north this spring.</p>{html}</body></html>");
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void A_source_naming_only_the_site_gives_way_to_a_printed_byline()
    {
        var meta = Extract("<html><head><meta name='author' content='Harbour &amp; Gazette'></head><body><h1>Port strike ends</h1>"
            + "<div class='wrote_by'>By&nbsp;<a href='/reporters/jose-de-la-cruz'>Jose de la Cruz</a></div><p>Dockers went back to work.</p></body></html>");
        Assert.Equal(["Jose de la Cruz"], meta.Authors);
    }

    [Theory]
    [InlineData("<meta name='author' content='harbourgazette.example'>")]
    [InlineData("<meta property='article:author' content='@HarbourGazette'>")]
    [InlineData("<meta name='author' content='Webagentur Nord GmbH'>")]
    // Named in og:site_name: a two-word name that merely matches the address may be a person's (Tim Harford).
    [InlineData("<meta property='og:site_name' content='Harbour Gazette'><meta name='author' content='Harbour Gazette, Kiel, Germany'>")]
    [InlineData("<meta name='author' content='Copyright Harbour Media Ltd.'>")]
    [InlineData("<meta name='author' content='publisher'>")]
    [InlineData("<meta name='author' content='Webagentur Nord GmbH www.webagentur-nord.example'>")]
    [InlineData("<meta name='author' content='Zuletzt geändert'>")]
    [InlineData("<meta name='author' content='Afficher mon profil complet'>")]
    public void The_site_its_company_or_a_placeholder_is_not_an_author(string head)
    {
        var meta = Extract($"<html><head>{head}</head><body><h1>Port strike ends</h1><p>Dockers went back to work.</p></body></html>");
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void A_person_whose_name_is_the_sites_address_stays_the_author()
    {
        var meta = new MetadataExtractor().Extract(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<html><head><meta name='author' content='Tim Harford'></head><body><h1>Why prices rise</h1><p>Text.</p></body></html>"), "https://timharford.example/2024/prices");
        Assert.Equal(["Tim Harford"], meta.Authors);
    }

    [Fact]
    public void A_company_byline_gives_way_to_the_person_and_handles_keep_their_digits()
    {
        var meta = Extract("<html><head><meta name='author' content='Harbour Media GmbH'></head><body><h1>Port strike ends</h1>"
            + "<p>Dockers went back to work.</p><a rel='author' href='/u/kai77'>kai77</a></body></html>");
        Assert.Equal(["kai77"], meta.Authors);
    }

    [Fact]
    public void Reviewers_in_microdata_are_not_authors()
    {
        var meta = Extract("<html><body><h1>Hay rack for guinea pigs</h1><p>A sturdy rack.</p><div itemscope itemtype='https://schema.org/Product'>"
            + "<div itemprop='review' itemscope itemtype='https://schema.org/Review'><span itemprop='author' content='Georg N.'></span></div></div></body></html>");
        Assert.Empty(meta.Authors);
    }

    [Theory]
    [InlineData("<meta name='author' content='Council on Foreign Relations'>", "Council on Foreign Relations")]
    [InlineData("<meta name='author' content='Francesca Camera'>", "Francesca Camera")]
    public void Structured_author_names_are_not_cut_at_inner_words(string head, string expected)
    {
        var meta = Extract($"<html><head>{head}</head><body><h1>Sanctions widen</h1></body></html>");
        Assert.Equal([expected], meta.Authors);
    }

    [Theory]
    [InlineData("<meta name='author' content='Grant Tillery, PhD'>", "Grant Tillery")]
    [InlineData("<div class='byline'><span>Maren Kolb</span><a href='/kontakt'>Kontakt</a></div>", "Maren Kolb")]
    [InlineData("<div class='author'><a href='/autoren/ole'>Ole Brandt</a> Fr, 13. Mai 2022</div>", "Ole Brandt")]
    [InlineData("<div class='author-name'>Lea Marie Stand</div>", "Lea Marie Stand")]
    [InlineData("<div class='author'>Anh Do 12.03.2024</div>", "Anh Do")]
    [InlineData("<div class='author'>Jennifer Mo, 3 May 2024</div>", "Jennifer Mo")]
    [InlineData("<div class='author'>Sara Zinnek Stand: 03.05.2021</div>", "Sara Zinnek")]
    public void Degrees_and_labels_beside_a_name_are_not_names(string html, string expected)
    {
        var meta = Extract($"<html><head>{(html.StartsWith("<meta") ? html : "")}</head><body><h1>Sanctions widen</h1>{(html.StartsWith("<meta") ? "" : html)}</body></html>");
        Assert.Equal([expected], meta.Authors);
    }

    [Theory]
    [InlineData("Jonas Vehring ist freier Autor und schreibt über Verkehr.", "Jonas Vehring")]
    [InlineData("Jonas Vehring - Ingenieur, Radfahrer und Redakteur", "Jonas Vehring")]
    [InlineData("Schreibt über Verkehr und Städte.", "Jonas")]
    [InlineData("Klara Weiss ist Fotografin.", "Jonas")]
    public void A_first_name_author_takes_the_full_name_its_profile_starts_with(string description, string expected)
    {
        var json = $$$"""
            {"@context":"https://schema.org","@graph":[
              {"@type":"Article","headline":"Radwege im Test","author":{"@id":"https://blog.example/#/person/1"}},
              {"@type":"Person","@id":"https://blog.example/#/person/1","name":"Jonas","description":"{{{description}}}"}]}
            """;
        var meta = Extract($"<html><head><script type='application/ld+json'>{json}</script></head><body><h1>Radwege im Test</h1></body></html>");
        Assert.Equal([expected], meta.Authors);
    }

    [Theory]
    [InlineData("<meta name='author' content='No Author'>")]
    [InlineData("<div class='byline'><span class='label'>Datum:</span> 3. Mai 2022</div>")]
    public void Placeholder_and_label_words_name_no_author(string html)
    {
        var meta = Extract($"<html><head>{(html.StartsWith("<meta") ? html : "")}</head><body><h1>Sanctions widen</h1>{(html.StartsWith("<meta") ? "" : html)}</body></html>");
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void One_person_credited_for_text_and_pictures_is_the_author()
    {
        var meta = Extract("<html><body><h1>Sanctions widen</h1><div class='byline'>Text und Fotos: Anna Schmidt</div></body></html>");
        Assert.Equal(["Anna Schmidt"], meta.Authors);
    }

    [Fact]
    public void A_search_form_label_is_not_a_byline()
    {
        var meta = Extract("""
            <html><body><form action="/search"><span class="inputGroup-text">Von:</span><input name="member">
            <a href="/search/">Erweiterte Suche</a></form><h1>Neue Rute im Test</h1><p>Die Rute ist leicht.</p></body></html>
            """);
        Assert.Empty(meta.Authors);
    }

    [Fact]
    public void Drops_the_publisher_from_an_author_list_that_names_people()
    {
        var meta = Extract("""
            <html><head><meta property="og:site_name" content="Metro News">
            <script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Rob Picheta"},{"@type":"Organization","name":"Metro News"}]}</script>
            </head><body></body></html>
            """);
        Assert.Equal(["Rob Picheta"], meta.Authors);
    }

    [Fact]
    public void Ignores_og_title_that_only_names_the_site()
    {
        var meta = Extract("""
            <html><head><title>Budget talks stall | Northwind</title><meta property="og:title" content="Northwind">
            <meta property="og:site_name" content="Northwind"></head><body><h1>Budget talks stall</h1></body></html>
            """, "https://northwind.example/politics/budget");
        Assert.Equal("Budget talks stall", meta.Title);
    }

    [Fact]
    public void Decodes_double_escaped_entities_in_meta_values()
    {
        var meta = Extract("""<html><head><meta property="og:title" content="Rates rise &amp;#8211; again"></head><body></body></html>""");
        Assert.Equal("Rates rise – again", meta.Title);
    }

    [Fact]
    public void Empty_document_gives_empty_metadata()
    {
        var meta = Extract("", null);
        Assert.Null(meta.Title);
        Assert.Empty(meta.Authors);
        Assert.Null(meta.Published);
    }
}
