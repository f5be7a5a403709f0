using System.Globalization;
using AngleSharp.Html.Parser;
using Sitrep.Core;
using Sitrep.Extract.Metadata;

namespace Sitrep.Extract.Tests.Metadata;

/// <summary>Publication-date choice on small pages written in the style of agency, broadcaster and CMS templates.</summary>
public sealed class PublishedDateTests
{
    private static DocumentMeta Extract(string html, string? url = "https://www.harbourgazette.example/news/port-strike-ends")
        => new MetadataExtractor().Extract(new HtmlParser().ParseDocument(html), url);

    private static string? Day(DocumentMeta meta) => meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("en-US", "2024-08-09")]
    [InlineData("en-GB", "2024-09-08")]
    [InlineData("de", "2024-09-08")]
    public void A_numeric_date_that_reads_both_ways_is_month_first_on_a_us_page(string lang, string expected)
    {
        var meta = Extract($"<html lang=\"{lang}\"><body><h1>Port strike ends</h1><p class=\"date\">08/09/2024</p><p>Dock workers went back.</p></body></html>");
        Assert.Equal(expected, Day(meta));
    }

    [Fact]
    public void On_a_us_page_published_and_modified_dates_are_both_month_first_and_dotted_dates_stay_day_first()
    {
        var meta = Extract("""
            <html lang="en-US"><body><h1>Port strike ends</h1>
            <p>Published <span itemprop="datePublished">05/06/2024</span> · Updated <span itemprop="dateModified">05/07/2024</span></p>
            <p>Dock workers went back.</p></body></html>
            """);
        Assert.Equal("2024-05-06", Day(meta));
        Assert.Equal("2024-05-07", meta.Modified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var dotted = Extract("<html lang=\"en-US\"><body><h1>Port strike ends</h1><p class=\"date\">05.06.2024</p><p>Dock workers went back.</p></body></html>");
        Assert.Equal("2024-06-05", Day(dotted));
    }

    [Theory]
    [InlineData("June 3, 2024 10:15 AM GMT+1", "2024-06-03T10:15:00.0000000+01:00")]
    [InlineData("Updated 3:45 PM EDT, Fri August 16, 2024", "2024-08-16T15:45:00.0000000-04:00")]
    public void A_printed_time_keeps_its_zone(string printed, string expected)
    {
        var meta = Extract($"<html><body><h1>Port strike ends</h1><p class=\"date\">{printed}</p><p>Dock workers went back.</p></body></html>");
        Assert.Equal(expected, meta.Published?.ToString("o", CultureInfo.InvariantCulture));
        Assert.True(meta.PublishedHasOffset);
    }

    [Fact]
    public void Prefers_the_printed_date_over_a_generic_date_meta_tag()
    {
        var meta = Extract("""
            <html><head><meta name="date" content="2020-04-29T11:52:23"></head>
            <body><h1>Defence contractor's data leaked</h1><p class="text"><span class="date">Stand: 28.04.2020 18:00 Uhr</span></p>
            <p>Internal documents were found online.</p></body></html>
            """);
        Assert.Equal("2020-04-28", Day(meta));
    }

    [Fact]
    public void Keeps_a_specific_publication_meta_tag_over_the_printed_date()
    {
        var meta = Extract("""
            <html><head><meta property="article:published_time" content="2020-04-29T11:52:23+02:00"></head>
            <body><h1>Defence contractor's data leaked</h1><p><span class="date">28.04.2020 18:00 Uhr</span></p></body></html>
            """);
        Assert.Equal("2020-04-29", Day(meta));
    }

    [Fact]
    public void Prefers_json_ld_date_published_over_a_generic_date_meta_tag()
    {
        var meta = Extract("""
            <html><head><meta name="DC.date" content="2023-11-09 04:00:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-08T19:30:00"}</script></head>
            <body><h1>Mezcal bar opens downtown</h1><ul class="teasers"><li><time>Nov 1, 2023</time></li></ul></body></html>
            """);
        Assert.Equal("2023-11-08", Day(meta));
    }

    [Fact]
    public void Ignores_a_printed_date_far_from_the_generic_date_meta_tag()
    {
        // The site header prints today's date; the article is years older.
        var meta = Extract("""
            <html><head><meta name="date" content="2017-05-01T17:05:00+0200"></head>
            <body><header><span class="site-date">Mittwoch, 26.02.2020</span></header><h1>We are rearranging the deck chairs</h1></body></html>
            """);
        Assert.Equal("2017-05-01", Day(meta));
    }

    [Fact]
    public void Reads_a_day_month_ambiguous_meta_date_the_way_the_page_prints_it()
    {
        var meta = Extract("""
            <html><head><meta name="date" content="11/01/2023 12:43:42"></head>
            <body><h1>Drinking water contaminated</h1><p>The council warned residents on Saturday.</p><p>Erstellt am: 01.11.2023</p></body></html>
            """, "http://valley.example.ch/news/drinking-water-43157.html");
        Assert.Equal("2023-11-01", Day(meta));
    }

    [Fact]
    public void Skips_todays_date_in_the_navigation_bar()
    {
        var meta = Extract("""
            <html><body><div id="navwrap"><div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div></div>
            <div class="intro"><p class="text_titel">In tow</p><p><span class="text_datum">31. Oktober 2023.</span> Drag queens are stage characters.</p></div></body></html>
            """, "https://theatre.example.de/columns/in-tow");
        Assert.Equal("2023-10-31", Day(meta));
    }

    [Theory]
    [InlineData("topnav")]
    [InlineData("header-navbox")]
    [InlineData("site_mainnav")]
    public void Skips_todays_date_in_any_navigation_container(string navClass)
    {
        var meta = Extract($"""
            <html><body><div class="{navClass}"><span class="today"><time datetime="2023-11-01T08:00:00+01:00">1. November 2023</time></span></div>
            <div class="intro"><p class="text_titel">In tow</p><p><span class="text_datum">31. Oktober 2023.</span> Drag queens are stage characters.</p></div></body></html>
            """, "https://theatre.example.de/columns/in-tow");
        Assert.Equal("2023-10-31", Day(meta));
    }

    [Theory]
    [InlineData("<body class='post-template nav-closed'><div class='post'><time datetime='2023-10-31'>vor zwei Tagen</time>")]
    [InlineData("<body><ul class='nav post-meta'><li><time datetime='2023-10-31'>vor zwei Tagen</time></li></ul>")]
    public void A_class_that_merely_mentions_nav_does_not_hide_the_date(string start)
    {
        var meta = Extract($"<html>{start}<p>Drag queens are stage characters.</p></body></html>", "https://theatre.example.de/columns/in-tow");
        Assert.Equal("2023-10-31", Day(meta));
    }

    [Fact]
    public void Counts_a_layout_modifier_naming_the_navigation_as_page_content()
    {
        var meta = Extract("""
            <html><body><div class="dlz_editionjour"><a href="/">Édition du 12 octobre 2020</a></div>
            <div id="main" class="clearfix with-navigation"><div class="byline"><span class="field-published-at">le 07 Mai 2020</span></div>
            <p>Le texte de la chronique.</p></div></body></html>
            """, "https://www.droit.example.fr/node/chronique");
        Assert.Equal("2020-05-07", Day(meta));
    }

    [Fact]
    public void Takes_the_articles_date_over_an_embedded_videos_upload_date()
    {
        var meta = Extract("""
            <html><head><script type="application/ld+json">{"@type":"VideoObject","name":"Symptoms that are not lumps","uploadDate":"2018-02-23T21:32:02Z"}</script>
            <script type="application/ld+json">{"@type":"Article","headline":"Wigs for women in cancer treatment","datePublished":"2020-10-13T20:48:33Z"}</script></head>
            <body><h1>Wigs for women in cancer treatment</h1></body></html>
            """, "https://www.style.example.com/beauty/wigs");
        Assert.Equal("2020-10-13", Day(meta));
    }

    [Fact]
    public void Skips_dates_of_reader_comments()
    {
        var meta = Extract("""
            <html><body><h1>Cut tomatoes the right way</h1><p class="byline"><span>Marianne</span> am 20.09.2020</p>
            <div class="recipe-comment-box"><time datetime="2020-09-23T18:19:06+02:00">23.09.20 | 18:19</time><p>Great tip!</p></div></body></html>
            """, "https://www.cooking.example.de/tipp/1918/tomatoes.html");
        Assert.Equal("2020-09-20", Day(meta));
    }

    [Fact]
    public void Passes_over_the_last_change_line_for_the_publication_date_beside_it()
    {
        var meta = Extract("""
            <html><body><h1>Thought from the ground up</h1><p>The review itself.</p>
            <p class="footerFirstLine">Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p></body></html>
            """, "https://reviews.example.de/rezension,30063.html");
        Assert.Equal("2023-11-01", Day(meta));
    }

    [Fact]
    public void Reads_the_date_of_a_how_to_guide_from_json_ld()
    {
        var meta = Extract("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"Sew a round tablecloth in seven steps",
            "datePublished":"2022-01-10T22:06:08:684Z","step":[{"@type":"HowToStep","text":"Measure the table."}]}</script></head>
            <body><h1>Sew a round tablecloth in seven steps</h1></body></html>
            """, "https://www.home.example/diy/20546/round-tablecloth");
        Assert.Equal("2022-01-10", Day(meta));
    }

    [Theory]
    [InlineData("2020-02-25T02:25:54+00:00", "2020-02-24")]
    [InlineData("2020-02-25T02:25:54Z", "2020-02-24")]
    [InlineData("2020-02-25T18:37:32+01:00", "2020-02-25")]
    [InlineData("2020-02-25T13:43:46-05:00", "2020-02-25")]
    public void Takes_the_url_day_over_a_timestamp_one_day_off_only_when_the_timestamp_is_utc(string published, string expected)
    {
        var meta = Extract($"""<html><head><meta property="article:published_time" content="{published}"></head><body><h1>Press secretary leaves</h1></body></html>""",
            "https://gossip.example.com/2020/02/24/press-secretary-leaves/");
        Assert.Equal(expected, Day(meta));
    }

    [Fact]
    public void Dates_a_utc_timestamp_by_the_local_time_element_that_gives_the_same_instant()
    {
        var meta = Extract("""
            <html><head><meta property="article:published_time" content="2022-05-04T03:37:37+00:00"></head>
            <body><h1>Minister opens the fashion show</h1><time class="entry-date" datetime="2022-05-03T23:37:37-04:00">3 May, 2022, 11:37 pm</time>
            <aside><time datetime="2017-10-12T21:06:39-04:00">12 October, 2017</time></aside></body></html>
            """, "https://island.example.com/minister-opens-the-fashion-show/");
        Assert.Equal("2022-05-03", Day(meta));
    }

    [Theory]
    [InlineData("Written: 2023-11-07 15:03:30 / Updated: 2023-11-07 15:30:46", "2023-11-07", true)]
    [InlineData("BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by Mats)", "2019-11-10", true)]
    [InlineData("Stand 2022-01-25", "2022-01-25", false)]
    public void Reads_an_iso_date_printed_after_a_label(string raw, string expected, bool hasTime)
    {
        Assert.True(MetaDate.TryParse(raw, out var parsed));
        Assert.Equal(expected, parsed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(hasTime, parsed.HasTime);
    }

    [Theory]
    [InlineData("ISBN 978-3-16-148410-0")]
    [InlineData("Order 12022-01-25")]
    [InlineData("Version 2022-13-40")]
    public void Does_not_read_iso_like_numbers_that_are_not_dates(string raw)
        => Assert.False(MetaDate.TryParse(raw, out _));

    [Theory]
    [InlineData("05/06/2022", "2022-06-05", "2022-05-06")]
    [InlineData("13/05/2022", "2022-05-13", null)]
    [InlineData("07/07/2022", "2022-07-07", null)]
    [InlineData("2022-05-06", "2022-05-06", null)]
    public void Notes_the_other_reading_of_a_day_month_ambiguous_date(string raw, string expected, string? other)
    {
        Assert.True(MetaDate.TryParse(raw, out var parsed));
        Assert.Equal(expected, parsed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(other, parsed.SwappedDayMonth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_comments_class_on_body_does_not_hide_the_article_date()
    {
        var meta = Extract("""
            <html><head></head><body class="single comments-open"><article><h1>Ferry timetable changes in May</h1>
            <p class="meta"><time datetime="2023-04-12T09:30:00+02:00">12 April 2023</time></p>
            <p>The ferry company will add two crossings on weekdays.</p></article>
            <section class="comments"><time datetime="2023-04-20T10:00:00+02:00">20 April</time></section></body></html>
            """);
        Assert.Equal("2023-04-12", Day(meta));
    }

    [Fact]
    public void A_related_article_nested_in_a_video_page_is_not_taken_for_the_page()
    {
        var meta = Extract("""
            <html><head><script type="application/ld+json">
            {"@type":"VideoObject","name":"Harbour cranes at night","uploadDate":"2023-03-02T08:00:00Z",
             "hasPart":{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","headline":"Older story","datePublished":"2019-01-05T08:00:00Z"}]}}
            </script></head><body><h1>Harbour cranes at night</h1><p>A short film about the port.</p></body></html>
            """);
        Assert.Equal("2023-03-02", Day(meta));
    }
}
