using System.Text;
using Sitrep.Analyze.Quotes;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Quotes;

public sealed class QuoteAttributorTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseQuoteAttributor().Build();

    private static (Document Doc, IReadOnlyList<Attribution> Found) Attribute(string text)
    {
        var doc = Pipeline.Process(new Document(text));
        Assert.Empty(doc.Problems);
        return (doc, doc.Get(Layers.Attributions).Items);
    }

    private static string Content(Document doc, Attribution a) => string.Join(" | ", a.Content.Select(doc.TextOf));

    private static string? Source(Document doc, Attribution a) => a.Source is { } s ? doc.TextOf(s) : null;

    private static string? Cue(Document doc, Attribution a) => a.Cue is { } c ? doc.TextOf(c) : null;

    [Theory]
    [InlineData("Voters backed the mayor, who promised lower taxes, said the survey's author.")]
    [InlineData("Residents liked the mayor, who promised lower taxes, said the survey's author.")]
    public void A_clause_before_a_relative_clause_is_not_taken_for_the_source(string text)
    {
        var (doc, found) = Attribute(text);
        Assert.DoesNotContain(found, a => Source(doc, a) is { } s && s.Contains("the mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_after_according_to_ends_the_source_there()
    {
        var (doc, found) = Attribute("According to police the man was arrested at five in the afternoon, after a long chase.");
        Assert.DoesNotContain(found, a => Source(doc, a) is { } s && s.Contains("arrested", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“We will rebuild the bridge by spring,” said Transport Minister Ada Okafor.")]
    [InlineData("\"We will rebuild the bridge by spring,\" said Transport Minister Ada Okafor.")]
    [InlineData("‘We will rebuild the bridge by spring,’ said Transport Minister Ada Okafor.")]
    [InlineData("«We will rebuild the bridge by spring,» said Transport Minister Ada Okafor.")]
    [InlineData("''We will rebuild the bridge by spring,'' said Transport Minister Ada Okafor.")]
    public void Attributes_a_direct_quote_in_every_quotation_style(string text)
    {
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal(AttributionKind.Direct, a.Kind);
        Assert.StartsWith("We will rebuild the bridge by spring", Content(doc, a));
        Assert.Equal("said", Cue(doc, a));
        Assert.Equal("Transport Minister Ada Okafor", Source(doc, a));
        Assert.False(a.Anonymous);
    }

    [Fact]
    public void Joins_a_quote_running_over_several_paragraphs()
    {
        var text = "Okafor said:\n\n“The bridge carried forty thousand cars a day. Its loss cut the port off from the city.\n\n“We will have a temporary crossing open within six weeks.”\n\nTraffic was light on Monday.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal(2, a.Content.Count);
        Assert.StartsWith("The bridge carried", doc.TextOf(a.Content[0]));
        Assert.StartsWith("We will have a temporary crossing", doc.TextOf(a.Content[1]));
        Assert.Equal("Okafor", Source(doc, a));
        Assert.Equal(AttributionKind.Direct, a.Kind);
    }

    [Fact]
    public void Keeps_an_interrupted_quote_as_one_attribution_with_two_fragments()
    {
        var text = "“We are not leaving,” the mayor said. “We will stay until the last family is housed.”";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal(2, a.Content.Count);
        Assert.Equal("the mayor", Source(doc, a));
        Assert.StartsWith("We will stay", doc.TextOf(a.Content[1]));
    }

    [Fact]
    public void Keeps_a_quote_interrupted_mid_sentence_as_two_fragments()
    {
        var text = "“The talks have stalled,” Miller told NBC News, “but we are still at the table.”";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal("Miller", Source(doc, a));
        Assert.Equal("told", Cue(doc, a));
        Assert.Equal(2, a.Content.Count);
    }

    [Fact]
    public void A_following_quote_with_its_own_cue_stays_separate()
    {
        var text = "“We are not leaving,” the mayor said. “Nobody asked us to,” the fire chief replied.";
        var (doc, found) = Attribute(text);
        Assert.Equal(2, found.Count);
        Assert.Equal("the mayor", Source(doc, found[0]));
        Assert.Equal("the fire chief", Source(doc, found[1]));
    }

    [Fact]
    public void Finds_indirect_speech_with_the_cue_before_the_content()
    {
        var text = "State Department spokesperson Matt Miller told reporters that the embassy would reopen next week.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal(AttributionKind.Indirect, a.Kind);
        Assert.Equal("told", Cue(doc, a));
        Assert.Equal("State Department spokesperson Matt Miller", Source(doc, a));
        Assert.Equal("that the embassy would reopen next week", Content(doc, a));
    }

    [Fact]
    public void Finds_indirect_speech_with_the_cue_after_the_content()
    {
        var text = "The junta will hold elections within two years, the officials said on Tuesday.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal("The junta will hold elections within two years", Content(doc, a));
        Assert.Equal("the officials", Source(doc, a));
        Assert.True(a.Anonymous);
    }

    [Fact]
    public void Finds_a_cue_followed_by_its_speaker()
    {
        var text = "“The ceasefire is holding,” said State Department spokesperson Matt Miller.";
        var (doc, found) = Attribute(text);
        Assert.Equal("State Department spokesperson Matt Miller", Source(doc, Assert.Single(found)));
    }

    [Theory]
    [InlineData("According to two U.S. defense officials, the convoy turned back at the border.", "the convoy turned back at the border")]
    [InlineData("The convoy turned back at the border, according to two U.S. defense officials.", "The convoy turned back at the border")]
    public void Finds_according_to_attributions(string text, string content)
    {
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal("according to", Cue(doc, a)!.ToLowerInvariant());
        Assert.Equal("two U.S. defense officials", Source(doc, a));
        Assert.Equal(content, Content(doc, a));
        Assert.True(a.Anonymous);
        Assert.Equal("two U.S. defense officials", a.SourceDescription);
    }

    [Fact]
    public void Flags_an_official_who_asked_not_to_be_named_as_anonymous()
    {
        var text = "The strike hit an empty depot, a U.S. official who asked not to be named said.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.True(a.Anonymous);
        Assert.Contains("official", a.SourceDescription);
        Assert.Null(a.SourceEntity);
    }

    [Fact]
    public void A_named_spokesperson_is_not_anonymous()
    {
        var text = "The ministry denied the report, spokesperson Lena Ortiz said.";
        var (_, found) = Attribute(text);
        Assert.False(Assert.Single(found).Anonymous);
    }

    [Theory]
    [InlineData("The governor believes that the budget will pass before June.", "believes")]
    [InlineData("The governor argued that the budget will pass before June.", "argued")]
    [InlineData("The governor warned that the budget will not pass before June.", "warned")]
    public void Finds_beliefs_and_arguments_with_a_that_clause(string text, string cue)
    {
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal(cue, Cue(doc, a));
        Assert.Equal("The governor", Source(doc, a));
        Assert.StartsWith("that the budget", Content(doc, a));
    }

    [Fact]
    public void Marks_a_paraphrase_with_a_quoted_phrase_as_mixed()
    {
        var text = "Senator Hale said the proposal was “dead on arrival” in the Senate.";
        var (_, found) = Attribute(text);
        Assert.Equal(AttributionKind.Mixed, Assert.Single(found).Kind);
    }

    [Fact]
    public void Resolves_she_said_to_the_nearest_woman_mentioned_before()
    {
        var text = "Mrs. Okafor met Mr. Bell at the port. “We need the crossing,” she said.";
        var doc = DocumentWithPeople(text, ("Okafor", 0), ("Bell", 1));
        new QuoteAttributor().Process(doc, CancellationToken.None);
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Equal("she", Source(doc, a));
        Assert.True(a.PronounResolved);
        Assert.Equal(0, a.SourceEntity);
    }

    [Fact]
    public void Resolves_he_said_to_the_nearest_man_mentioned_before()
    {
        var text = "Mr. Bell met Mrs. Okafor at the port. “We need the crossing,” he said.";
        var doc = DocumentWithPeople(text, ("Bell", 0), ("Okafor", 1));
        new QuoteAttributor().Process(doc, CancellationToken.None);
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.True(a.PronounResolved);
        Assert.Equal(0, a.SourceEntity);
    }

    [Fact]
    public void Links_a_named_source_to_its_entity()
    {
        var text = "Mr. Bell met Mrs. Okafor at the port. Okafor said the crossing would reopen.";
        var doc = DocumentWithPeople(text, ("Bell", 0), ("Okafor", 1), ("Okafor", 1));
        new QuoteAttributor().Process(doc, CancellationToken.None);
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Equal(1, a.SourceEntity);
        Assert.False(a.PronounResolved);
    }

    [Theory]
    [InlineData("Senator Mara Quinn, Democrat of Oregon, said the levy would be repealed.", "Senator Mara Quinn, Democrat of Oregon")]
    [InlineData("Rep. Tom Ashe (D-Ore.) said the levy would be repealed.", "Rep. Tom Ashe (D-Ore.)")]
    [InlineData("Lena Voss, 34, a nurse from Salem, said the levy would be repealed.", "Lena Voss, 34, a nurse from Salem")]
    public void Keeps_appositives_and_party_labels_in_the_source(string text, string source)
    {
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal(source, Source(doc, a));
        Assert.Equal("the levy would be repealed", Content(doc, a));
    }

    [Fact]
    public void A_named_source_with_appositives_before_the_cue_is_not_taken_for_content()
    {
        var text = "Tad Ruiz, the campaign's senior media adviser, said Republicans are engaged in misguided mischief.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal("Tad Ruiz, the campaign's senior media adviser", Source(doc, a));
        Assert.Equal("Republicans are engaged in misguided mischief", Content(doc, a));
    }

    [Fact]
    public void An_appositive_after_an_inverted_speaker_belongs_to_the_source()
    {
        var text = "The economy is weak and getting weaker, said Tad Ruiz, a strategist.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal("Tad Ruiz, a strategist", Source(doc, a));
        Assert.Equal("The economy is weak and getting weaker", Content(doc, a));
    }

    [Fact]
    public void Splits_two_cues_joined_by_and_into_two_attributions()
    {
        var text = "The mayor criticized the crews and said the bridge would reopen in June.";
        var (doc, all) = Attribute(text);
        var found = all.OrderBy(a => a.Cue!.Value.Start).ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal("the crews", Content(doc, found[0]));
        Assert.Equal("The mayor", Source(doc, found[1]));
        Assert.Equal("the bridge would reopen in June", Content(doc, found[1]));
    }

    [Fact]
    public void A_raising_verb_has_no_source_and_keeps_its_subject_in_the_content()
    {
        var text = "Support for the levy appears to have collapsed over the summer.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Null(a.Source);
        Assert.Equal("Support for the levy | to have collapsed over the summer", Content(doc, a));
    }

    [Fact]
    public void Attributes_a_transcript_paragraph_to_its_speaker_label()
    {
        var text = "QUINN: We have the votes, and we will pass it this week.\n\nASHE: I doubt that very much.";
        var (doc, found) = Attribute(text);
        Assert.Equal(2, found.Count);
        Assert.Equal("QUINN", Source(doc, found[0]));
        Assert.Equal("We have the votes, and we will pass it this week", Content(doc, found[0]));
        Assert.Equal("ASHE", Source(doc, found[1]));
    }

    [Fact]
    public void Attributes_a_quotation_signed_with_a_dash()
    {
        var text = "“The levy hurts families like mine. It has to go.” ― Lena Voss";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal("Lena Voss", Source(doc, a));
        Assert.Equal(AttributionKind.Direct, a.Kind);
    }

    [Fact]
    public void A_clause_with_its_own_speaker_ends_the_previous_content()
    {
        var text = "Quinn proposed a smaller levy, while Ashe in a radio interview said the levy should go.";
        var (doc, found) = Attribute(text);
        Assert.Equal(2, found.Count);
        Assert.Equal("a smaller levy", Content(doc, found[0]));
        Assert.Equal("the levy should go", Content(doc, found[1]));
    }

    [Fact]
    public void A_short_opening_phrase_is_not_content()
    {
        var text = "Among independents, 73 percent said the same of the mayor.";
        var (doc, found) = Attribute(text);
        var a = Assert.Single(found);
        Assert.Equal("73 percent", Source(doc, a));
        Assert.Equal("the same of the mayor", Content(doc, a));
    }

    [Theory]
    [InlineData("“This quote never closes and the text just goes on and on. Officials said nothing.")]
    [InlineData("He said “one “two “three “four and stopped.")]
    [InlineData("\"\"\"\"\" ''' ‘‘‘ ««« »»» ”””")]
    [InlineData("said said said said said")]
    [InlineData("according to")]
    public void Unbalanced_quotes_and_stray_cues_do_not_crash(string text)
    {
        var doc = Pipeline.Process(new Document(text));
        Assert.Empty(doc.Problems);
        foreach (var a in doc.Get(Layers.Attributions))
            Assert.All(a.Content, c => Assert.True(c.End <= text.Length));
    }

    [Fact]
    public void Text_without_quotes_or_cues_has_no_attributions()
    {
        var (_, found) = Attribute("The bridge reopened on Monday. Traffic was light and the weather was fine.");
        Assert.Empty(found);
    }

    [Fact]
    public void Control_characters_do_not_break_attribution()
    {
        var text = "The port\u0000 will reopen\u0001 soon,\u0007 officials said.\u001b “We are ready,” Okafor said.\u0000";
        var (doc, found) = Attribute(text);
        Assert.Equal(2, found.Count);
        Assert.Equal("Okafor", Source(doc, found[1]));
    }

    [Fact]
    public void Empty_text_has_no_attributions()
        => Assert.Empty(Attribute("").Found);

    [Fact]
    public void Text_over_the_limit_gets_a_problem_instead_of_attributions()
    {
        var doc = new Document(new string('a', 50));
        doc.Set(Layers.Sentences, [new Sentence(new TextSpan(0, 50))]);
        new QuoteAttributor(new QuoteAttributorOptions { MaxTextLength = 10 }).Process(doc, CancellationToken.None);
        var problem = Assert.Single(doc.Problems);
        Assert.Equal("quotes.input-too-long", problem.Code);
        Assert.Contains("MaxTextLength", problem.Message);
        Assert.Empty(doc.Get(Layers.Attributions).Items);
    }

    [Fact(Timeout = 300_000)]
    public async Task Attributes_a_ten_megabyte_text_in_bounded_time()
    {
        // Generated at test time: paragraphs of quotes, indirect speech and unbalanced marks, one sentence per line.
        var sb = new StringBuilder();
        var sentences = new List<Sentence>();
        string[] lines =
        [
            "“We will rebuild the bridge,” said Transport Minister Ada Okafor.",
            "The junta will hold elections within two years, the officials said.",
            "According to two officials, the convoy turned back “at the border.",
            "Traffic was light and the weather was fine on Monday morning in the city.",
        ];
        for (int i = 0; sb.Length < 10_000_000; i++)
        {
            var line = lines[i % lines.Length];
            sentences.Add(new Sentence(new TextSpan(sb.Length, line.Length)));
            sb.Append(line).Append('\n');
        }
        var doc = new Document(sb.ToString());
        doc.Set(Layers.Sentences, sentences);
        var attributor = new QuoteAttributor(new QuoteAttributorOptions { MaxTextLength = 20_000_000 });
        await Task.Run(() => attributor.Process(doc, CancellationToken.None));
        Assert.Empty(doc.Problems);
        Assert.True(doc.Get(Layers.Attributions).Count > sentences.Count / 2);

        var limited = new Document(doc.Text);
        limited.Set(Layers.Sentences, sentences);
        new QuoteAttributor().Process(limited, CancellationToken.None);
        Assert.Equal("quotes.input-too-long", Assert.Single(limited.Problems).Code);
    }

    /// <summary>Runs the tokenizer and splitter, then adds person mentions (by surface text, in order) and entities,
    /// standing in for the recognizer and resolver.</summary>
    private static Document DocumentWithPeople(string text, params (string Name, int Entity)[] people)
    {
        var doc = new PipelineBuilder().UseQuoteAttributor().Build().Process(new Document(text));
        var mentions = new List<EntityMention>();
        int from = 0;
        foreach (var (name, entity) in people)
        {
            int at = text.IndexOf(name, from, StringComparison.Ordinal);
            mentions.Add(new EntityMention(new TextSpan(at, name.Length), EntityType.Person, entity));
            from = at + name.Length;
        }
        doc.Set(Layers.EntityMentions, mentions);
        var entities = people.DistinctBy(p => p.Entity).OrderBy(p => p.Entity)
            .Select(p => new Entity(mentions[Array.FindIndex(people, q => q.Entity == p.Entity)].Span, p.Name, EntityType.Person)).ToList();
        doc.Set(Layers.Entities, entities);
        return doc;
    }
}
