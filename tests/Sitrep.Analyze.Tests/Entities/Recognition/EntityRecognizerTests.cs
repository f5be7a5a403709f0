using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Entities.Recognition;

public sealed class EntityRecognizerTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseEntityRecognizer().Build();

    private static List<(string Text, EntityType Type)> Recognize(string text)
    {
        var doc = Pipeline.Process(new Document(text));
        Assert.Empty(doc.Problems);
        return [.. doc.Get(Layers.EntityMentions).Items.Select(m => (doc.TextOf(m.Span), m.Type))];
    }

    [Theory]
    [InlineData("Secretary of State Antony Blinken traveled to Niger on Monday.", "Antony Blinken", "Niger")]
    [InlineData("U.S. diplomat Victoria Nuland traveled to Niger on Monday.", "Victoria Nuland", "Niger")]
    [InlineData("“We will not leave,” said Abdourahamane Tiani, the head of the junta, in Niamey on Wednesday.", "Abdourahamane Tiani", "Niamey")]
    public void Finds_a_person_and_a_place(string text, string person, string place)
    {
        var found = Recognize(text);
        Assert.Contains((person, EntityType.Person), found);
        Assert.Contains((place, EntityType.Location), found);
    }

    [Fact]
    public void Finds_companies_and_news_agencies()
    {
        var found = Recognize("Shares of Apple Inc. rose 3.5 percent on the Nasdaq after the company reported earnings, Reuters reported.");
        Assert.Contains(("Apple Inc.", EntityType.Organization), found);
        Assert.Contains(("Reuters", EntityType.Organization), found);
    }

    [Fact]
    public void A_surname_alone_later_in_the_document_takes_the_type_of_the_full_name()
    {
        var found = Recognize("Opposition leader Ousmane Sonko was arrested in Dakar on Friday.\n\nSONKO SUPPORTERS CLASH WITH POLICE\n\nSonko denies the charges.");
        Assert.Contains(("Ousmane Sonko", EntityType.Person), found);
        Assert.Contains(("Sonko", EntityType.Person), found);
    }

    [Fact]
    public void Finds_organizations_and_nationalities()
    {
        var found = Recognize("The European Union and NATO criticized the French government in Brussels on Tuesday.");
        Assert.Contains(("European Union", EntityType.Organization), found);
        Assert.Contains(("NATO", EntityType.Organization), found);
        Assert.Contains(("French", EntityType.Misc), found);
        Assert.Contains(("Brussels", EntityType.Location), found);
    }

    [Fact]
    public void Finds_names_in_several_sentences_with_offsets_into_the_text()
    {
        var text = "Shares of Toyota fell in Tokyo.\n\nAnalyst Maria Gonzalez said the yen was strong.";
        var doc = Pipeline.Process(new Document(text));
        var mentions = doc.Get(Layers.EntityMentions).Items;
        var maria = Assert.Single(mentions, m => m.Type == EntityType.Person);
        Assert.Equal("Maria Gonzalez", doc.TextOf(maria.Span));
        Assert.Contains(mentions, m => doc.TextOf(m.Span) == "Tokyo" && m.Type == EntityType.Location);
    }

    [Fact]
    public void Typographic_quotes_and_dashes_are_read_like_ascii_ones()
    {
        var ascii = Recognize("\"We stay,\" said Amadou Sow - the mayor of Gao - on Friday.");
        var typographic = Recognize("“We stay,” said Amadou Sow — the mayor of Gao — on Friday.");
        Assert.Equal(ascii.Select(m => (m.Text, m.Type)), typographic.Select(m => (m.Text, m.Type)));
        Assert.Contains(("Gao", EntityType.Location), typographic);
    }

    [Fact]
    public void Gives_no_names_in_plain_lowercase_text()
        => Assert.Empty(Recognize("the weather was mild and the markets were quiet all week."));

    [Fact]
    public void Confidences_are_probabilities_and_mentions_are_unresolved()
    {
        var doc = Pipeline.Process(new Document("President Joe Biden met Chancellor Olaf Scholz in Berlin."));
        Assert.NotEmpty(doc.Get(Layers.EntityMentions).Items);
        Assert.All(doc.Get(Layers.EntityMentions).Items, m =>
        {
            Assert.InRange(m.Confidence, 0.0, 1.0);
            Assert.Equal(-1, m.Entity);
        });
    }

    [Fact]
    public void A_minimum_confidence_of_one_point_one_drops_every_mention()
    {
        var doc = new PipelineBuilder().UseEntityRecognizer(new EntityRecognizerOptions { MinConfidence = 1.1 }).Build()
            .Process(new Document("President Joe Biden met Chancellor Olaf Scholz in Berlin."));
        Assert.Empty(doc.Get(Layers.EntityMentions).Items);
    }

    [Fact]
    public void Empty_text_gives_no_mentions_and_no_problems()
    {
        var doc = Pipeline.Process(new Document(""));
        Assert.Empty(doc.Problems);
        Assert.True(doc.Has(Layers.EntityMentions));
        Assert.Equal(0, doc.Get(Layers.EntityMentions).Count);
    }

    [Fact]
    public void Control_characters_do_not_break_recognition()
    {
        var found = Recognize("\u0000\u0001Police in \u0007Paris\u0000 arrested John Smith.\u001F");
        Assert.Contains(("John Smith", EntityType.Person), found);
    }

    [Fact]
    public void Documents_over_the_token_limit_are_cut_with_a_problem()
    {
        var doc = new PipelineBuilder().UseEntityRecognizer(new EntityRecognizerOptions { MaxTokens = 5 }).Build()
            .Process(new Document("Angela Merkel visited Paris. Then Emmanuel Macron went to Berlin."));
        var problem = Assert.Single(doc.Problems);
        Assert.Equal("ner.input-too-long", problem.Code);
        Assert.All(doc.Get(Layers.EntityMentions).Items, m => Assert.True(m.Span.End <= doc.Text.IndexOf("Then", StringComparison.Ordinal)));
    }

    [Fact(Timeout = 300_000)]
    public async Task Very_long_sentences_are_tagged_in_bounded_windows()
    {
        await Task.Run(() =>
        {
            var text = string.Concat(Enumerable.Repeat("Smith met Jones in London and ", 20_000));
            var doc = new PipelineBuilder().UseEntityRecognizer().Build().Process(new Document(text));
            Assert.Empty(doc.Problems);
            Assert.True(doc.Get(Layers.EntityMentions).Count > 1000);
        });
    }

    [Fact]
    public void Requires_tokens_and_sentences_before_it_in_the_pipeline()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Use(new EntityRecognizer()).Build());
        Assert.Contains("tokens", ex.Message, StringComparison.Ordinal);
    }
}
