using AngleSharp.Html.Parser;
using Sitrep.Core;
using Sitrep.Extract.Metadata;

namespace Sitrep.Extract.Tests.Metadata;

/// <summary>Title choice on small pages written in the style of blog, newsroom and agency templates.</summary>
public sealed class TitleChooserTests
{
    private static DocumentMeta Extract(string html, string? url = "https://www.harbourgazette.example/news/port-strike-ends")
        => new MetadataExtractor().Extract(new HtmlParser().ParseDocument(html), url);

    [Fact]
    public void Takes_an_h1_linking_to_the_home_page_for_the_site_name_and_strips_it_from_the_title()
    {
        var meta = Extract("""
            <html><head><title>Cross-body lead - Salsa Steps - Rueda in Leipzig</title></head>
            <body><h1><a href="/"><span>Salsa Steps - Rueda in Leipzig</span></a></h1><p>How the figure is danced.</p></body></html>
            """, "http://salsa.example.org/cross-body-lead");
        Assert.Equal("Cross-body lead", meta.Title);
    }

    [Theory]
    [InlineData("<p class=\"stage-headline\">Leasing or financing – which pays off?</p>", "Leasing or financing – which pays off?")]
    [InlineData("<h2 class=\"h1\">Leasing or financing - which pays off?</h2>", "Leasing or financing - which pays off?")]
    [InlineData("<h2>Leasing or financing - the costs</h2>", "Leasing or financing")]
    [InlineData("<a href=\"/part-two\" class=\"teaser-headline\">Leasing or financing - part two</a>", "Leasing or financing")]
    [InlineData("<div class=\"teaser-headline\"><a href=\"/part-two\">Leasing or financing - part two</a></div>", "Leasing or financing")]
    [InlineData("<p class=\"headline\">Leasing or financing – a long teaser that runs on far past the headline itself and says more</p>", "Leasing or financing")]
    public void An_element_styled_as_the_headline_that_continues_the_h1_after_a_dash_is_the_title(string styled, string expected)
    {
        var meta = Extract($"<html><head><title>Leasing or financing | Car Money</title></head><body><h1>Leasing or financing</h1>{styled}<p>Text.</p></body></html>");
        Assert.Equal(expected, meta.Title);
    }

    [Theory]
    [InlineData("23.01.2022 - Wierer wins the final sprint", "Wierer wins the final sprint")]
    [InlineData("2022-01-23 | Wierer wins the final sprint", "Wierer wins the final sprint")]
    [InlineData("9/11: Twenty years on", "9/11: Twenty years on")]
    [InlineData("2022 - the year in review", "2022 - the year in review")]
    public void A_date_glued_before_the_headline_is_not_title(string h1, string expected)
    {
        var meta = Extract($"<html><head><title>{h1}</title></head><body><h1>{h1}</h1><p>Text.</p></body></html>");
        Assert.Equal(expected, meta.Title);
    }

    [Fact]
    public void Recognises_a_home_link_in_an_archived_copy_of_the_page()
    {
        var meta = Extract("""
            <html><head><title>Why viral marketing works |  Dimo Blog</title></head>
            <body><h1><a href="https://web.archive.org/web/20080731095558/http://www.dimo.example/">Dimo Blog</a></h1>
            <h2><a href="https://web.archive.org/web/20080731095558/http://www.dimo.example/2008/07/29/viral/">Why viral marketing works</a></h2></body></html>
            """, "https://web.archive.org/web/20080731095558/http://www.dimo.example/2008/07/29/viral/");
        Assert.Equal("Why viral marketing works", meta.Title);
    }

    [Fact]
    public void Skips_an_h1_styled_as_the_site_title()
    {
        var meta = Extract("""
            <html><head><title>Truck wash on the A31 | The Other Business Directory</title></head>
            <body><h1 class="site-title pull-left">The Other Business Directory</h1><h1 class="page-title">Truck wash on the A31</h1></body></html>
            """, "http://directory.example.info/?p=3289");
        Assert.Equal("Truck wash on the A31", meta.Title);
    }

    [Fact]
    public void Does_not_take_a_class_that_merely_contains_logo_for_a_site_banner()
    {
        var meta = Extract("""
            <html><head><title>Garden chairs | Outdoor Store</title></head>
            <body><h1 class="catalogo-header">Garden chairs</h1><p>Our range.</p></body></html>
            """, "https://www.outdoor.example.it/catalogo/sedie");
        Assert.Equal("Garden chairs", meta.Title);
    }

    [Theory]
    [InlineData("header__sectionName")]
    [InlineData("id-Breadcrumb-element-link")]
    [InlineData("strapline")]
    public void Skips_an_h1_that_is_a_section_name_breadcrumb_or_strapline(string cls)
    {
        var meta = Extract($"""
            <html><head><meta property="og:title" content="Soldiers sent 88 questions to the electoral court">
            <title>Soldiers sent 88 questions to the electoral court - Capital 247</title></head>
            <body><h1 class="{cls}">Politics</h1><h2 class="title">Soldiers sent 88 questions to the electoral court</h2></body></html>
            """);
        Assert.Equal("Soldiers sent 88 questions to the electoral court", meta.Title);
    }

    [Theory]
    [InlineData("<span class=\"ContentHead_hiddendash\" aria-hidden=\"true\"> – </span>")]
    [InlineData("<span aria-hidden=\"true\">:</span>")]
    public void Takes_the_part_before_a_hidden_separator_in_the_h1_for_a_kicker(string separator)
    {
        var meta = Extract($"""
            <html><head><meta property="og:title" content="Coronavirus and other zoonoses – How habitat loss breeds new epidemics"></head>
            <body><h1 class="ContentHead_title" itemprop="headline"><span class="ContentHead_titleheader">Coronavirus and other zoonoses</span>{separator}<span class="ContentHead_text">How habitat loss breeds new epidemics</span></h1></body></html>
            """, "https://www.daily.example.ch/how-habitat-loss-breeds-epidemics-633956751547");
        Assert.Equal("How habitat loss breeds new epidemics", meta.Title);
    }

    [Fact]
    public void Counts_a_repeated_h1_once()
    {
        var meta = Extract("""
            <html><head><title>Run Windows on a Mac - Desktop 15 Virtual Machine for Mac</title></head>
            <body><h1 class="mobile">Desktop 15 for Mac</h1><h1 class="desktop">Desktop 15 for Mac</h1></body></html>
            """, "https://www.vm.example/products/desktop/");
        Assert.Equal("Desktop 15 for Mac", meta.Title);
    }

    [Fact]
    public void Keeps_a_headline_that_mentions_the_site_name()
    {
        var meta = Extract("""
            <html><head><title>Yoghurt | LactoFree</title><meta property="og:title" content="LactoFree strawberry yoghurt">
            <meta property="og:site_name" content="LactoFree"></head>
            <body><h1 id="mainHeading">All our LactoFree yoghurts</h1></body></html>
            """, "https://www.lactofree.example/categories/yoghurt/");
        Assert.Equal("All our LactoFree yoghurts", meta.Title);
    }

    [Fact]
    public void Ignores_a_site_name_tag_that_holds_the_whole_headline()
    {
        var meta = Extract("""
            <html><head><title>University halls too full to be safe, experts warn</title>
            <meta name="application-name" content="University halls too full to be safe, experts warn"></head>
            <body><h1>University halls too full to be safe, experts warn</h1><h2>What to watch next</h2></body></html>
            """, "https://www.portal.example.com/en-gb/news/uknews/university-halls");
        Assert.Equal("University halls too full to be safe, experts warn", meta.Title);
    }

    [Fact]
    public void Prefers_the_headline_h1_over_a_section_h1_when_the_title_names_both()
    {
        var meta = Extract("""
            <html><head><meta name="title" content="Notices - New tobacco tax law announced"></head>
            <body><h1 class="stage__headline">Notices</h1><h1 class="first">New tobacco tax law announced</h1></body></html>
            """, "https://www.customs.example/notices/tobacco-tax.html");
        Assert.Equal("New tobacco tax law announced", meta.Title);
    }

    [Fact]
    public void Strips_a_site_name_glued_to_a_chinese_title_and_skips_the_share_widget_copy()
    {
        var meta = Extract("""
            <html><head><title>港口恢复运营，货轮陆续靠岸-海港新闻网</title></head>
            <body><div class="h-title">港口恢复运营，货轮陆续靠岸</div><div class="share-title">港口恢复运营，货轮陆续靠岸-海港新闻网</div></body></html>
            """, "http://www.haigang.example.com/local/2020-02/19/c_1.htm");
        Assert.Equal("港口恢复运营，货轮陆续靠岸", meta.Title);
    }

    [Fact]
    public void Keeps_the_underscore_part_of_an_encyclopedia_page_name()
    {
        var meta = Extract("<html><head><title>蔡依林_海港百科</title></head><body><p>正文</p></body></html>", "https://baike.example.com/item/1");
        Assert.Equal("蔡依林_海港百科", meta.Title);
    }

    [Fact]
    public void Writes_the_title_in_unicode_normal_form_c()
    {
        // U+09DC is excluded from composition: its NFC form is U+09A1 U+09BC, the form annotators and search keep.
        var meta = Extract("<html><head><title>বা\u09DCির সামনে হামলা</title></head><body><h1>বা\u09DCির সামনে হামলা</h1></body></html>");
        Assert.Equal("বা\u09A1\u09BCির সামনে হামলা", meta.Title);
    }

    [Fact]
    public void Takes_the_first_of_several_h1s_when_no_title_confirms_any()
    {
        var meta = Extract("""
            <html><head><title>Christmas Gift Guide | Journal | Discover now!</title><meta property="og:title" content="Christmas Gift Guide | Journal | Discover now!"></head>
            <body><h1>My cosy home gift guide at the design store</h1><p>Text.</p>
            <aside><h1>This is love in your inbox: our newsletter!</h1></aside></body></html>
            """, "https://www.journal.example/gift-guide-22/");
        Assert.Equal("My cosy home gift guide at the design store", meta.Title);
    }

    [Fact]
    public void Does_not_take_a_navigation_label_h1_for_the_headline()
    {
        var meta = Extract("""
            <html><head><title>Chamber remembers the victims | Federal Chamber</title><meta property="og:site_name" content="Federal Chamber"></head>
            <body><h1>Navigation</h1><h1>Remembrance day</h1><p>Text.</p></body></html>
            """, "https://www.chamber.example/remembrance");
        Assert.Equal("Chamber remembers the victims", meta.Title);
    }

    [Fact]
    public void Takes_the_unhyphenated_title_when_only_the_h1_carries_soft_hyphens()
    {
        var meta = Extract("""
            <html><head><title>Agency - Press releases 2022 - Messenger services are no lawless space</title></head>
            <body><h1 class="aural">Federal Agency</h1><h1>Mes&shy;sen&shy;ger services are no law&shy;less space</h1></body></html>
            """, "https://www.agency.example/press/2022/messenger.html");
        Assert.Equal("Messenger services are no lawless space", meta.Title);
    }

    [Fact]
    public void Keeps_soft_hyphens_that_the_title_itself_carries()
    {
        var meta = Extract("""
            <html><head><meta property="og:title" content="Aid: Germany stands by the World Food Pro&shy;gramme"></head>
            <body><h1><span class="roofline">Food security</span> Aid: Germany stands by the World Food Pro&shy;gramme</h1></body></html>
            """, "https://www.ministry.example/news/wfp");
        Assert.Equal("Aid: Germany stands by the World Food Pro\u00ADgramme", meta.Title);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("./", true)]
    [InlineData("https://www.dimo.example/", true)]
    [InlineData("https://www.dimo.example", true)]
    [InlineData("//www.dimo.example/?ref=logo", true)]
    [InlineData("/index.php", true)]
    [InlineData("/de/", true)]
    [InlineData("/de-ch/", true)]
    [InlineData("https://web.archive.org/web/2016/http://muffins.example/", true)]
    [InlineData("/about/", false)]
    [InlineData("/2024/03/15/port-strike-ends", false)]
    [InlineData("https://www.dimo.example/news/", false)]
    [InlineData("#top", false)]
    [InlineData("", false)]
    public void Tells_links_to_the_home_page_from_other_links(string href, bool expected)
        => Assert.Equal(expected, HeadingText.IsHomeHref(href));

    [Fact]
    public void A_title_with_an_empty_page_part_gives_way_to_the_first_heading()
    {
        var meta = Extract("""
            <html><head><title>Coastal Ferries Enquiries -</title></head>
            <body><h1 class="logo"></h1><h2>Replacement buses during the harbour works</h2><p>Buses replace the ferry.</p></body></html>
            """, "https://www.coastalferries.example/service/disruptions");
        Assert.Equal("Replacement buses during the harbour works", meta.Title);
    }

    [Fact]
    public void The_end_that_names_the_host_is_the_site_even_when_a_meta_tag_names_the_other()
    {
        // DC.Publisher names the studio's founder, who is also the page's subject.
        var meta = Extract("""
            <html><head><title>lightworks-studio.example // &raquo; Mara Lindqvist</title>
            <meta name="DC.Publisher" content="Mara Lindqvist"></head>
            <body><h1><a href="/"><img src="/logo.gif" alt="lightworks-studio.example"></a></h1><h2>[&gt; Mara Lindqvist</h2></body></html>
            """, "http://lightworks-studio.example/mara-lindqvist/");
        Assert.Equal("Mara Lindqvist", meta.Title);
    }

    [Theory]
    [InlineData("« Nous ne céderons pas », affirme le ministre", "« Nous ne céderons pas », affirme le ministre")]
    [InlineData("Le ministre : « Nous ne céderons pas »", "Le ministre : « Nous ne céderons pas »")]
    [InlineData("Harbour strike: latest updates /", "Harbour strike: latest updates")]
    public void A_title_that_only_opens_or_closes_with_a_mark_keeps_its_words(string title, string expected)
    {
        var meta = Extract($"<html><head><title>{title}</title></head><body><h2>Autres articles</h2><p>Texte.</p></body></html>",
            "https://www.quotidien.example/politique/greve");
        Assert.Equal(expected, meta.Title);
    }
}
