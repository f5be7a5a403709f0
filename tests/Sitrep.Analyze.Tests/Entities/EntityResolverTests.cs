using Sitrep.Analyze.Entities.Resolution;
using Sitrep.Analyze.Places;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Entities;

public sealed class EntityResolverTests
{
    private static readonly EntityResolver s_resolver = new(Gazetteer.Default, new EntityResolverOptions());

    private static Document Resolve(string annotated)
    {
        var doc = Annotated.Parse(annotated);
        s_resolver.Process(doc, CancellationToken.None);
        return doc;
    }

    private static Entity EntityOf(Document doc, string surface)
    {
        foreach (var m in doc.Get(Layers.EntityMentions))
            if (doc.TextOf(m.Span) == surface)
            {
                Assert.True(m.Entity >= 0, $"'{surface}' has no entity");
                return doc.Get(Layers.Entities)[m.Entity];
            }
        throw new Xunit.Sdk.XunitException($"no mention '{surface}'");
    }

    [Fact]
    public void Groups_surname_and_titled_mentions_under_the_longest_full_name()
    {
        var doc = Resolve("[Bazoum]{PER} was detained. [President Mohamed Bazoum]{PER} refused to resign. [Mohamed Bazoum]{PER} is held in Niamey. Supporters of [Bazoum]{PER} marched.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("Mohamed Bazoum", entity.Name);
        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal([0, 1, 2, 3], entity.Mentions);
        Assert.Contains("President", entity.Roles);
        Assert.All(doc.Get(Layers.EntityMentions).Items, m => Assert.Equal(0, m.Entity));
    }

    [Fact]
    public void Gendered_forms_of_one_role_are_listed_once()
    {
        var doc = Resolve("State Department spokesperson [Matt Miller]{PER} said talks continue. State Department spokesman [Miller]{PER} added that aid is paused.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal(["State Department spokesperson"], entity.Roles);
    }

    [Fact]
    public void First_name_joins_the_person_when_no_surname_matches()
    {
        var doc = Resolve("[Matt Miller]{PER} spoke first. Later [Matt]{PER} said more, and [Miller]{PER} left.");
        Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("Matt Miller", EntityOf(doc, "Miller").Name);
    }

    [Fact]
    public void Shared_surname_goes_to_the_nearest_earlier_person()
    {
        var doc = Resolve("[John Smith]{PER} arrived. [Jane Smith]{PER} arrived later. [Smith]{PER} said she was tired.");
        Assert.Equal("Jane Smith", doc.Get(Layers.Entities)[doc.Get(Layers.EntityMentions)[2].Entity].Name);
        Assert.Equal(2, doc.Get(Layers.Entities).Count);
    }

    [Fact]
    public void Takes_the_title_phrase_before_a_name()
    {
        var doc = Resolve("Acting Secretary of State [Victoria Nuland]{PER} met the officers.");
        Assert.Equal(["Acting Secretary of State"], EntityOf(doc, "Victoria Nuland").Roles);
    }

    [Fact]
    public void Takes_an_organisation_role_before_a_name()
    {
        var doc = Resolve("\"We are concerned,\" said [State Department]{ORG} spokesperson [Matt Miller]{PER}.");
        Assert.Equal(["State Department spokesperson"], EntityOf(doc, "Matt Miller").Roles);
    }

    [Fact]
    public void Takes_abbreviated_title_and_apposition()
    {
        var doc = Resolve("Gen. [Moussa Salaou Barmou]{PER}, the junta's chief of defense, met the delegation.");
        Assert.Equal(["Gen.", "chief of defense"], EntityOf(doc, "Moussa Salaou Barmou").Roles);
    }

    [Fact]
    public void Takes_apposition_after_a_surname()
    {
        var doc = Resolve("[Matt Miller]{PER} declined. [Miller]{PER}, the State Department spokesman, said talks continued.");
        var entity = EntityOf(doc, "Miller");
        Assert.Equal("Matt Miller", entity.Name);
        Assert.Equal(["State Department spokesman"], entity.Roles);
    }

    [Fact]
    public void Clause_after_a_name_is_not_a_role()
    {
        var doc = Resolve("[Matt Miller]{PER}, who spoke on Monday, declined. [Bazoum]{PER}, 63, is held.");
        Assert.All(doc.Get(Layers.Entities).Items, e => Assert.Empty(e.Roles));
    }

    [Fact]
    public void Honorific_is_stripped_without_becoming_a_role()
    {
        var doc = Resolve("[Mr. Bazoum]{PER} refused. [Mohamed Bazoum]{PER} was elected in 2021.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("Mohamed Bazoum", entity.Name);
        Assert.Empty(entity.Roles);
    }

    [Fact]
    public void Parenthetical_acronym_joins_its_long_form_and_later_bare_mentions()
    {
        var doc = Resolve("The [Economic Community of West African States]{ORG} ([ECOWAS]{ORG}) met. Later [ECOWAS]{ORG} leaders threatened force.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("Economic Community of West African States", entity.Name);
        Assert.Contains("ECOWAS", entity.Aliases);
        Assert.Equal(3, entity.Mentions.Count);
    }

    [Fact]
    public void Initialism_joins_long_form_in_either_order()
    {
        var doc = Resolve("[NATO]{ORG} said little. The [North Atlantic Treaty Organization]{ORG} meets in July. [NATO]{ORG} allies agreed.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("North Atlantic Treaty Organization", entity.Name);
        Assert.Equal([0, 1, 2], entity.Mentions);
    }

    [Fact]
    public void Unrelated_acronym_stays_apart()
    {
        var doc = Resolve("The [African Union]{ORG} and the [IMF]{ORG} met.");
        Assert.Equal(2, doc.Get(Layers.Entities).Count);
    }

    [Fact]
    public void Demonyms_become_misc_norp_not_locations()
    {
        var doc = Resolve("[Nigerien]{LOC} officials and [French]{MISC} troops met [Nigeriens]{MISC} in the capital.");
        var nigerien = EntityOf(doc, "Nigerien");
        Assert.Equal(EntityType.Misc, nigerien.Type);
        Assert.Equal("NORP", nigerien.Subtype);
        Assert.Same(nigerien, EntityOf(doc, "Nigeriens"));
        Assert.Equal(EntityType.Misc, doc.Get(Layers.EntityMentions)[0].Type);
        Assert.Equal("NORP", EntityOf(doc, "French").Subtype);
    }

    [Fact]
    public void Country_names_and_abbreviations_are_one_gpe()
    {
        var doc = Resolve("The [United States]{LOC} has troops in [Niger]{ORG}. The [U.S.]{LOC} said [Niger]{LOC} was calm.");
        var us = EntityOf(doc, "U.S.");
        Assert.Equal("United States", us.Name);
        Assert.Equal("GPE", us.Subtype);
        Assert.Equal(2, us.Mentions.Count);
        var niger = EntityOf(doc, "Niger");
        Assert.Equal(EntityType.Location, niger.Type);
        Assert.Equal(2, niger.Mentions.Count);
        Assert.All(doc.Get(Layers.EntityMentions).Items, m => Assert.Equal(EntityType.Location, m.Type));
    }

    [Fact]
    public void Entities_are_ordered_by_first_mention_and_index_back()
    {
        var doc = Resolve("[Niamey]{LOC} is calm, said [Ali Lamine Zeine]{PER} of [ECOWAS]{ORG}; [Zeine]{PER} left [Niamey]{LOC}.");
        var entities = doc.Get(Layers.Entities);
        Assert.Equal(["Niamey", "Ali Lamine Zeine", "ECOWAS"], entities.Items.Select(e => e.Name));
        foreach (var (m, i) in doc.Get(Layers.EntityMentions).Items.Select((m, i) => (m, i)))
            Assert.Contains(i, entities[m.Entity].Mentions);
    }

    [Fact]
    public void Title_tail_taken_into_an_organisation_mention_is_given_back()
    {
        var doc = Resolve("Acting Secretary of [State Victoria Nuland]{ORG} flew in. [Nuland]{LOC} met officers, and [Nuland]{PER} left.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("Victoria Nuland", entity.Name);
        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal(["Acting Secretary of State"], entity.Roles);
        Assert.All(doc.Get(Layers.EntityMentions).Items, m => Assert.Equal(EntityType.Person, m.Type));
    }

    [Fact]
    public void Lone_surname_mistyped_by_the_recogniser_joins_its_person()
    {
        var doc = Resolve("[Mohamed Bazoum]{PER} was detained. Supporters of [Bazoum]{LOC} marched and [Bazoum]{ORG} stayed silent.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal(3, entity.Mentions.Count);
    }

    [Fact]
    public void Apposition_role_stops_after_its_head()
    {
        var doc = Resolve("It was aimed at [Bazoum]{PER}, the democratically elected president toppled in the coup, and others.");
        Assert.Equal(["democratically elected president"], EntityOf(doc, "Bazoum").Roles);
    }

    [Fact]
    public void City_mentions_are_gpe_under_their_gazetteer_name()
    {
        var doc = Resolve("Protesters gathered in [Tillaberi]{LOC} and [Tillabéri]{LOC}.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("GPE", entity.Subtype);
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void Pipeline_builder_adds_the_resolver_once()
    {
        var builder = new Sitrep.Core.Pipeline.PipelineBuilder().UseEntityResolver().UseEntityResolver();
        Assert.Single(builder.Components);
        Assert.Equal([Layers.EntityMentions], builder.Components[0].Requires);
    }

    [Fact]
    public void Organisation_named_with_its_country_joins_the_short_name()
    {
        var doc = Resolve("The [U.S. State Department]{ORG} said talks go on. The [State Department]{ORG} gave no date.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("U.S. State Department", entity.Name);
    }

    [Fact]
    public void Dateline_in_capitals_is_the_same_place()
    {
        var doc = Resolve("[NIAMEY]{LOC} — Protests in [Niamey]{LOC} went on.");
        var entity = Assert.Single(doc.Get(Layers.Entities).Items);
        Assert.Equal("Niamey", entity.Name);
        Assert.Equal("GPE", entity.Subtype);
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void Surname_in_capitals_joins_the_person()
    {
        var doc = Resolve("[MILLER]{PER} SAYS TALKS GO ON. [Matt Miller]{PER} told reporters on Monday.");
        Assert.Equal("Matt Miller", Assert.Single(doc.Get(Layers.Entities).Items).Name);
    }

    [Fact]
    public void No_mentions_gives_no_entities()
    {
        var doc = Resolve("Nothing of note happened.");
        Assert.Empty(doc.Get(Layers.Entities).Items);
        Assert.True(doc.Has(Layers.Entities));
    }

    [Fact]
    public void Empty_text_gives_no_entities()
    {
        var doc = Resolve("");
        Assert.Empty(doc.Get(Layers.Entities).Items);
        Assert.Empty(doc.Problems);
    }

    [Fact]
    public void Control_characters_around_names_are_ignored()
    {
        var doc = Resolve("[\u0001Mohamed Bazoum\u0007]{PER} \u0000 [Bazoum\u001f]{PER} [\u0002\u0003]{PER}");
        var entity = EntityOf(doc, "Bazoum\u001f");
        Assert.Equal("Mohamed Bazoum", entity.Name);
        Assert.Equal(-1, doc.Get(Layers.EntityMentions)[2].Entity);
    }

    [Fact(Timeout = 300_000)]
    public async Task Huge_number_of_mentions_is_bounded_with_a_problem()
    {
        await Task.Run(() =>
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < 30_000; i++) sb.Append("President [Person").Append(i % 5000).Append(" Name").Append(i).Append("]{PER} met [Name").Append(i).Append("]{PER}, the chief of staff. ");
            var doc = Annotated.Parse(sb.ToString());
            new EntityResolver(Gazetteer.Default, new EntityResolverOptions { MaxMentions = 40_000 }).Process(doc, CancellationToken.None);
            Assert.Equal("entities.too-many-mentions", Assert.Single(doc.Problems).Code);
            Assert.Equal(20_000, doc.Get(Layers.Entities).Count);
            Assert.Equal(-1, doc.Get(Layers.EntityMentions)[^1].Entity);
        });
    }
}
