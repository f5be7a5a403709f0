using Sitrep.Analyze.Quotes;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Quotes;

/// <summary>Which entity a source phrase names: the person heading it, not organisations or demonyms modifying it;
/// pronouns resolved to the nearest compatible person.</summary>
public sealed class SourceLinkingTests
{
    private static readonly Pipeline Splitter = new PipelineBuilder().UseQuoteAttributor().Build();

    [Fact]
    public void An_organisation_before_a_role_noun_is_a_modifier_and_the_named_person_speaks()
    {
        var text = "“The dam will hold through the spring floods,” said Water Authority spokesperson Lena Okoro.";
        var doc = Attribute(text, ("Water Authority", EntityType.Organization), ("Lena Okoro", EntityType.Person));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Equal(1, a.SourceEntity);
        Assert.False(a.Anonymous);
    }

    [Fact]
    public void An_organisation_speaks_only_when_nothing_follows_it_in_the_source()
    {
        var spoke = Attribute("The Harbor Board said the eastern dock would close for repairs.", ("Harbor Board", EntityType.Organization));
        Assert.Equal(0, Assert.Single(spoke.Get(Layers.Attributions).Items).SourceEntity);

        var modified = Attribute("Harbor Board engineers said the eastern dock would close for repairs.", ("Harbor Board", EntityType.Organization));
        Assert.Null(Assert.Single(modified.Get(Layers.Attributions).Items).SourceEntity);
    }

    [Theory]
    [InlineData("A senior Ruritanian commander said the brigade would withdraw by Sunday.", "A senior Ruritanian commander")]
    [InlineData("Ruritanian officials said the brigade would withdraw by Sunday.", "Ruritanian officials")]
    public void A_demonym_in_a_source_is_a_modifier_and_the_source_stays_anonymous(string text, string description)
    {
        var doc = Attribute(text, ("Ruritanian", EntityType.Misc));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Null(a.SourceEntity);
        Assert.True(a.Anonymous);
        Assert.Equal(description, a.SourceDescription);
    }

    [Fact]
    public void A_cue_with_a_colon_takes_the_following_quotation_and_the_subject_with_its_apposition()
    {
        var text = "Okafor, the director of the port authority, said: “The cranes are back in service. Ships can dock again from Friday.”";
        var doc = Splitter.Process(new Document(text));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Equal("Okafor, the director of the port authority", doc.TextOf(a.Source!.Value));
        Assert.StartsWith("The cranes are back in service.", doc.TextOf(a.Content[0]));
        Assert.EndsWith("from Friday.", doc.TextOf(a.Content[^1]));
        Assert.Equal(AttributionKind.Direct, a.Kind);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_nearest_person_of_unknown_gender_before_a_farther_man()
    {
        var text = "Governor Paul Hadley ordered an inspection. According to engineers who attended the briefing with Tremaine, he told the council that the pier was unsafe.";
        var doc = Attribute(text, ("Paul Hadley", EntityType.Person), ("Tremaine", EntityType.Person));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items, x => x.Source is { } s && doc.TextOf(s) == "he");
        Assert.True(a.PronounResolved);
        Assert.Equal(1, a.SourceEntity);
    }

    [Fact]
    public void A_pronoun_in_a_new_sentence_prefers_the_subject_of_the_previous_sentence()
    {
        var text = "Hadley met Dunmore at the harbor on Friday. He said the pier was unsafe.";
        var doc = Attribute(text, ("Hadley", EntityType.Person), ("Dunmore", EntityType.Person));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.True(a.PronounResolved);
        Assert.Equal(0, a.SourceEntity);
    }

    [Fact]
    public void A_pronoun_skips_a_person_of_the_other_known_gender()
    {
        var text = "Mr. Hadley met Mrs. Dunmore at the harbor on Friday. She said the pier was unsafe.";
        var doc = Attribute(text, ("Hadley", EntityType.Person), ("Dunmore", EntityType.Person));
        Assert.Equal(1, Assert.Single(doc.Get(Layers.Attributions).Items).SourceEntity);
    }

    [Fact]
    public void They_is_not_resolved_to_a_single_person()
    {
        var text = "Hadley met the dock workers on Friday. They said the pier was unsafe.";
        var doc = Attribute(text, ("Hadley", EntityType.Person));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Null(a.SourceEntity);
        Assert.False(a.PronounResolved);
    }

    [Theory]
    [InlineData("Ministers from the northern provinces will meet in Tarsk, Varnia, on Friday to discuss a possible fuel subsidy.")]
    [InlineData("The two unions gathered at the depot on Monday to talk about the new shift rota.")]
    public void An_infinitive_of_purpose_after_a_meeting_is_not_a_report_of_speech(string text)
    {
        var doc = Splitter.Process(new Document(text));
        Assert.Empty(doc.Get(Layers.Attributions).Items);
    }

    [Fact]
    public void A_finite_talk_verb_with_a_that_clause_is_still_a_cue()
    {
        var doc = Splitter.Process(new Document("The minister said on Friday that the fuel subsidy would end in May."));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Equal("The minister", doc.TextOf(a.Source!.Value));
    }

    [Fact]
    public void A_coordinated_cue_takes_the_whole_subject_noun_phrase_not_a_bare_determiner()
    {
        var text = "The delegates of the Northern Grain Council (NGC) gathered in Tarsk and warned the millers to cut prices within a month.";
        var doc = Splitter.Process(new Document(text));
        var a = Assert.Single(doc.Get(Layers.Attributions).Items);
        Assert.Equal("The delegates of the Northern Grain Council (NGC)", doc.TextOf(a.Source!.Value));
    }

    /// <summary>Runs the splitter, adds one mention per (surface, type) in order with entity = its index, then attributes.</summary>
    private static Document Attribute(string text, params (string Surface, EntityType Type)[] names)
    {
        var doc = Splitter.Process(new Document(text));
        var mentions = new List<EntityMention>();
        var entities = new List<Entity>();
        int from = 0;
        foreach (var (surface, type) in names)
        {
            int at = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' is not in the text after offset {from}");
            var span = new TextSpan(at, surface.Length);
            mentions.Add(new EntityMention(span, type, entities.Count));
            entities.Add(new Entity(span, surface, type));
            from = at + surface.Length;
        }
        doc.Set(Layers.EntityMentions, mentions);
        doc.Set(Layers.Entities, entities);
        new QuoteAttributor().Process(doc, CancellationToken.None);
        return doc;
    }
}
