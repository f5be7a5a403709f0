using Sitrep.Core;
using Sitrep.Extract;
using Sitrep.Extract.Text;

namespace Sitrep.Extract.Tests.Text;

public sealed class PlainTextCleanerTests
{
    private static readonly string FixtureDir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "texts");

    private static CleanedText CleanFixture(string name) => new PlainTextCleaner().Clean(File.ReadAllText(Path.Combine(FixtureDir, name)));

    [Fact]
    public void Syndicated_copy_keeps_body_paragraphs_intact_and_in_order()
    {
        var c = CleanFixture("harbour-strike-syndicated.txt");
        var paragraphs = c.Text.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("PORT HALDEN — Dockworkers", paragraphs[0]);
        Assert.StartsWith("About 2,300 workers", paragraphs[1]);
        Assert.EndsWith("than a season.”", paragraphs[1]);
        Assert.StartsWith("The harbour authority said", paragraphs[2]);
        Assert.Equal("Shipping analysts estimate the stoppage costs more than $40 million a day.", paragraphs[3]);
    }

    [Fact]
    public void Reports_what_was_removed_per_kind()
    {
        var c = CleanFixture("harbour-strike-syndicated.txt");
        Assert.Equal(4, c.Removed["newsletter"]);
        Assert.Equal(1, c.Removed["video"]);
        Assert.Equal(1, c.Removed["share"]);
        Assert.Equal(1, c.Removed["syndication"]);
        Assert.Equal(6, c.Removed["markup"]); // two [link] pairs and one [b] pair
    }

    [Fact]
    public void A_repeated_newsletter_block_goes_everywhere_including_its_first_copy()
    {
        var text = string.Join("\n\n",
            "Ferry fares rise for the first time in six years",
            "The island ferry company will raise fares by eight percent from March, it said on Tuesday, blaming fuel and crew costs.",
            "Sign up for The Island Bulletin newsletter",
            "Season tickets for residents will stay at last year's price, the company said after talks with the island council.",
            "Sign up for The Island Bulletin newsletter",
            "Advertisement",
            "Jetzt den Newsletter abonnieren!\nDie wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.",
            "Commuters' groups said the rise would hit day workers hardest and asked for a cheaper ten-trip ticket.",
            "Jetzt den Newsletter abonnieren!\nDie wichtigsten Nachrichten jeden Morgen in Ihrem Postfach.");
        var c = new PlainTextCleaner().Clean(text);
        Assert.DoesNotContain("Island Bulletin", c.Text);
        Assert.DoesNotContain("Postfach", c.Text);
        Assert.DoesNotContain("Advertisement", c.Text);
        Assert.Equal(1, c.Removed["ads"]);
        Assert.Equal(3, c.Text.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("By Jane Roe | Reuters\n\nPublished March 3, 2024", "Jane Roe", "2024-03-03")]
    [InlineData("Von Anna Berg | 3. Mai 2024", "Anna Berg", "2024-05-03")]
    [InlineData("Aktualisiert am 3. Mai 2024, 14:05 Uhr\n\nVon Anna Berg und Tim Ohl", "Anna Berg|Tim Ohl", "2024-05-03")]
    public void A_byline_and_dateline_before_the_text_become_metadata(string lead, string authors, string published)
    {
        var c = new PlainTextCleaner().Clean($"Minister resigns over expenses\n\n{lead}\n\n"
            + "The country's transport minister resigned on Sunday after newspaper reports showed he had claimed thousands of dollars in personal expenses on a government card.\n\n"
            + "By the evening the prime minister had accepted the resignation and named a deputy as acting head of the department.\n");
        Assert.Equal(authors.Split('|'), c.Authors);
        Assert.Equal(published, c.Published?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("The country's transport minister", c.Text);
        Assert.Contains("By the evening the prime minister", c.Text);
    }

    [Theory]
    [InlineData("Read more: Opposition calls for inquiry")]
    [InlineData("Lesen Sie auch: Bahn rät von Reisen ab")]
    [InlineData("Newsletter abonnieren")]
    public void Link_lines_and_bare_newsletter_labels_are_removed(string line)
    {
        var c = new PlainTextCleaner().Clean("The port reopened on Tuesday after a storm closed it for two days, the harbour master said in a statement.\n\n"
            + line + "\n\nDock workers returned in the morning and the first ships berthed soon after noon, hours behind schedule.\n");
        Assert.DoesNotContain(line, c.Text);
        Assert.Contains("Dock workers returned", c.Text);
    }

    [Fact]
    public void A_short_subheading_that_mentions_privacy_stays()
    {
        var c = new PlainTextCleaner().Clean("The port reopened on Tuesday after a storm closed it for two days, the harbour master said in a statement.\n\n"
            + "Privacy policy concerns\n\nThe union asked who may read the new gate cameras' footage and for how long it is kept on file.\n");
        Assert.Contains("Privacy policy concerns", c.Text);
    }

    [Fact]
    public void Headline_becomes_the_title_and_leaves_the_body()
    {
        var c = CleanFixture("harbour-strike-syndicated.txt");
        Assert.Equal("Dockworkers in Port Halden extend strike as talks stall", c.Title);
        Assert.DoesNotContain("extend strike as talks stall", c.Text);
    }

    [Fact]
    public void Syndication_line_names_the_original_publisher()
    {
        var c = CleanFixture("harbour-strike-syndicated.txt");
        Assert.Equal("The Coastal Ledger", c.Syndication?.Publisher);
        Assert.DoesNotContain("originally published", c.Text);
    }

    [Theory]
    [InlineData("This post was originally published on this site", null)]
    [InlineData("This story first appeared in The Harbour Times.", "The Harbour Times")]
    [InlineData("Republished with permission from Northern Wire", "Northern Wire")]
    [InlineData("Dieser Artikel erschien zuerst auf Hafenblatt Online.", "Hafenblatt Online")]
    [InlineData("Este artículo fue publicado originalmente en El Diario del Puerto.", "El Diario del Puerto")]
    public void Recognizes_syndication_statements(string line, string? publisher)
    {
        Assert.True(TextBoilerplate.IsSyndication(line, PlainTextCleaner.CountWords(line), out var p, out _));
        Assert.Equal(publisher, p);
    }

    [Theory]
    [InlineData("Aug. 9, 202307:33")]
    [InlineData("July 31, 2023 01:42")]
    [InlineData("02:31")]
    [InlineData("1:02:33")]
    [InlineData("Video abspielen")]
    [InlineData("Ver vídeo")]
    public void Collapsed_video_captions_are_debris(string line) => Assert.True(TextBoilerplate.IsVideoDebris(line));

    [Theory]
    [InlineData("The meeting lasted until 07:33 on Monday, officials said.")]
    [InlineData("Aug. 9, 2023 was the day the talks ended.")]
    public void Sentences_with_times_are_not_debris(string line) => Assert.False(TextBoilerplate.IsVideoDebris(line));

    [Fact]
    public void German_syndication_and_ad_labels_are_removed_from_copied_text()
    {
        var text = "Hafen bekommt neuen Kran\n\nDer Hafen von Nordstadt hat am Montag einen neuen Containerkran in Betrieb genommen, teilte die Betreibergesellschaft mit.\n\nAnzeige\n\nDer Kran soll die Abfertigung von Schiffen um ein Drittel beschleunigen, sagte ein Sprecher.\n\nDieser Artikel erschien zuerst auf Hafenblatt Online.";
        var c = new PlainTextCleaner().Clean(text);
        Assert.DoesNotContain("Anzeige", c.Text);
        Assert.DoesNotContain("erschien zuerst", c.Text);
        Assert.Equal("Hafenblatt Online", c.Syndication?.Publisher);
        Assert.Contains("ein Drittel beschleunigen", c.Text);
    }

    [Fact]
    public void A_long_paragraph_mentioning_a_newsletter_is_kept()
    {
        var text = "Title here\n\nThe minister told the newsletter Africa Confidential that he would sign up to the plan, and that his party's email to members had been misread by opponents who wanted the deal to fail before the vote next week.";
        var c = new PlainTextCleaner().Clean(text);
        Assert.Contains("Africa Confidential", c.Text);
    }

    [Fact]
    public void Editorial_brackets_are_not_markup()
    {
        var c = new PlainTextCleaner().Clean("“[N]uland also met them. [I]t’s clear,” he said.");
        Assert.Contains("[I]t’s clear", c.Text);
        Assert.Contains("[N]uland", c.Text);
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_but_separate_lines_stay_paragraphs()
    {
        var c = new PlainTextCleaner().Clean("The council met on Tuesday evening to vote on the harbour\nbudget, which passed by a wide margin.\nA second item followed.");
        Assert.Equal("The council met on Tuesday evening to vote on the harbour budget, which passed by a wide margin.\n\nA second item followed.", c.Text);
    }

    [Fact]
    public void Paragraph_spans_index_the_text_exactly()
    {
        var c = CleanFixture("harbour-strike-syndicated.txt");
        foreach (var p in c.Paragraphs)
        {
            var s = c.Text.Substring(p.Span.Start, p.Span.Length);
            Assert.Equal(s.Trim(), s);
            Assert.DoesNotContain("\n\n", s);
        }
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_neutralized()
    {
        var c = new PlainTextCleaner().Clean("Officials\u0000 met\u0007 in \uD800 Niamey.\r\nThey left.");
        Assert.DoesNotContain('\u0000', c.Text);
        Assert.DoesNotContain('\r', c.Text);
        Assert.Contains("\uFFFD", c.Text);
        Assert.True(c.Removed["control-characters"] >= 2);
    }

    [Fact]
    public void Empty_and_whitespace_text_yield_no_paragraphs()
    {
        Assert.Empty(new PlainTextCleaner().Clean("").Paragraphs);
        Assert.Empty(new PlainTextCleaner().Clean(" \n\n\t ").Paragraphs);
    }

    [Fact]
    public void Text_mode_through_the_extractor_reports_non_articles()
    {
        var r = new ArticleExtractor().ExtractText("   ", "blank.txt");
        Assert.False(r.IsArticle);
        Assert.NotNull(r.NotArticleReason);
    }

    [Fact(Timeout = 300_000)]
    public async Task Ten_megabytes_without_line_breaks_is_cleaned_in_bounded_time()
    {
        var big = string.Concat(Enumerable.Repeat("word and more words, ", 500_000));
        var c = await Task.Run(() => new PlainTextCleaner().Clean(big));
        Assert.Single(c.Paragraphs);
    }
}
