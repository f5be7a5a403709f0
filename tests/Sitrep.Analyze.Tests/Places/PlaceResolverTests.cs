using Sitrep.Analyze.Places;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Places;

public sealed class PlaceResolverTests
{
    private static readonly PlaceResolver s_resolver = new(Gazetteer.Default, new PlaceResolverOptions());

    private static List<(string Text, Place Place)> Resolve(string text, params (string Surface, EntityType Type)[] mentions)
    {
        var doc = new Document(text);
        if (mentions.Length > 0) doc.Set(Layers.EntityMentions, Mentions(text, mentions));
        s_resolver.Process(doc, CancellationToken.None);
        return [.. doc.Get(Layers.Places).Items.Select(p => (doc.TextOf(p.Span), p))];
    }

    internal static List<EntityMention> Mentions(string text, (string Surface, EntityType Type)[] mentions)
    {
        var list = new List<EntityMention>();
        int from = 0;
        foreach (var (surface, type) in mentions)
        {
            int at = text.IndexOf(surface, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' not found after offset {from}");
            list.Add(new EntityMention(new TextSpan(at, surface.Length), type));
            from = at + surface.Length;
        }
        return list;
    }

    [Fact]
    public void Maps_a_capital_to_its_country_with_coordinates()
    {
        var places = Resolve("Soldiers patrolled the streets of Niamey on Thursday.");
        var (surface, place) = Assert.Single(places);
        Assert.Equal("Niamey", surface);
        Assert.Equal("NE", place.CountryCode);
        Assert.Equal(PlaceKind.City, place.Kind);
        Assert.InRange(place.Latitude!.Value, 13, 14);
        Assert.InRange(place.Longitude!.Value, 2, 3);
    }

    [Fact]
    public void Resolves_city_and_country_qualifier_pair()
    {
        var places = Resolve("Leaders of the bloc met in Abuja, Nigeria, to discuss the crisis.");
        Assert.Equal(["Abuja", "Nigeria"], places.Select(p => p.Text));
        Assert.All(places, p => Assert.Equal("NG", p.Place.CountryCode));
        Assert.Equal(PlaceKind.Country, places[1].Place.Kind);
    }

    [Fact]
    public void Paris_is_the_French_capital_without_other_context()
    {
        var (_, place) = Assert.Single(Resolve("The summit will be held in Paris next month."));
        Assert.Equal("FR", place.CountryCode);
    }

    [Fact]
    public void Paris_is_in_Texas_when_the_text_says_so_and_keeps_that_sense()
    {
        var places = Resolve("The storm hit Paris, Texas, overnight. Residents of Paris said the damage was heavy.");
        var paris = places.Where(p => p.Text == "Paris").ToList();
        Assert.Equal(2, paris.Count);
        Assert.All(paris, p => Assert.Equal("US", p.Place.CountryCode));
        Assert.Contains(places, p => p.Text == "Texas" && p.Place.Kind == PlaceKind.Region);
    }

    [Fact]
    public void Country_mentioned_elsewhere_picks_the_namesake_city()
    {
        // Several towns are called Washington; the US context picks the capital over Washington in England.
        var (_, place) = Assert.Single(Resolve("Officials in Washington were briefed late on Tuesday."), p => p.Text == "Washington");
        Assert.Equal("US", place.CountryCode);
    }

    [Fact]
    public void Demonyms_are_not_places()
    {
        var places = Resolve("Nigerien officials and French military advisers met on Monday.");
        Assert.Empty(places);
    }

    [Fact]
    public void Country_inside_an_organisation_name_is_not_a_place()
    {
        Assert.Empty(Resolve("The Bank of England raised rates again."));
        Assert.Empty(Resolve("A spokesman for the U.S. State Department declined to comment."));
        Assert.Empty(Resolve("Bank of England officials declined to comment."));
    }

    [Fact]
    public void Country_modifying_a_government_role_is_a_place()
    {
        var (surface, place) = Assert.Single(Resolve("The statement came from Niger Foreign Minister Hassoumi Massoudou."));
        Assert.Equal("Niger", surface);
        Assert.Equal("NE", place.CountryCode);
    }

    [Fact]
    public void Dotted_and_possessive_country_forms_resolve()
    {
        var places = Resolve("The U.S. has 1,100 troops in Niger's north.");
        Assert.Equal(["U.S.", "Niger"], places.Select(p => p.Text));
        Assert.Equal(["US", "NE"], places.Select(p => p.Place.CountryCode));
    }

    [Fact]
    public void Country_names_joined_by_and_are_two_places_but_a_two_part_name_is_one()
    {
        Assert.Equal(["Mali", "Burkina Faso"], Resolve("Mali and Burkina Faso sent envoys.").Select(p => p.Text));
        Assert.Equal(["Trinidad and Tobago"], Resolve("Trinidad and Tobago sent envoys.").Select(p => p.Text));
    }

    [Fact]
    public void Person_mentions_from_the_recogniser_block_place_names()
    {
        var text = "Acting Secretary of State Victoria Nuland flew to Niamey.";
        var places = Resolve(text, ("Victoria Nuland", EntityType.Person), ("Niamey", EntityType.Location));
        Assert.Equal(["Niamey"], places.Select(p => p.Text));
    }

    [Fact]
    public void Surname_of_a_named_person_is_not_a_town()
    {
        // Jackson, Mississippi is a city of 150,000; here it is a person's surname.
        var places = Resolve("Ketanji Brown Jackson wrote the opinion. Jackson said the law was clear.");
        Assert.Empty(places);
    }

    [Fact]
    public void Sentence_initial_common_word_is_not_a_town()
    {
        // Police is a Polish town, Reading an English one.
        Assert.Empty(Resolve("Police said the road was closed. The police did not say why."));
    }

    [Fact]
    public void Recogniser_location_is_trusted_for_small_towns()
    {
        var text = "Fighting was reported near Tillabéri on Sunday.";
        var (_, place) = Assert.Single(Resolve(text, ("Tillabéri", EntityType.Location)));
        Assert.Equal("NE", place.CountryCode);
    }

    [Fact]
    public void Accent_free_spelling_matches()
    {
        var places = Resolve("Troops moved from Niger toward Tillaberi.");
        Assert.Contains(places, p => p.Text == "Tillaberi" && p.Place.CountryCode == "NE");
    }

    [Fact]
    public void Demonym_that_is_also_a_region_name_is_not_a_place()
    {
        // German is a parish of the Isle of Man.
        Assert.Empty(Resolve("The German side won easily."));
    }

    [Fact]
    public void Place_of_country_gives_both_places()
    {
        var places = Resolve("The club drew against Karlsruhe of Germany on Sunday.");
        Assert.Equal(["Karlsruhe", "Germany"], places.Select(p => p.Text));
        Assert.All(places, p => Assert.Equal("DE", p.Place.CountryCode));
    }

    [Fact]
    public void Abbreviated_saint_stays_in_the_name()
    {
        var (surface, place) = Assert.Single(Resolve("The ship docked in St. Petersburg at dawn."));
        Assert.Equal("St. Petersburg", surface);
        Assert.Equal("RU", place.CountryCode);
    }

    [Fact]
    public void Big_city_after_a_longer_name_is_still_a_place()
    {
        var places = Resolve("Spartak Moscow lost again. Fans in Moscow were angry.");
        Assert.Contains(places, p => p.Text == "Moscow" && p.Place.CountryCode == "RU");
    }

    [Fact]
    public void Country_before_a_title_is_a_place()
    {
        var (surface, _) = Assert.Single(Resolve("He met U.S. Assistant Secretary of State Molly Phee on Friday."));
        Assert.Equal("U.S.", surface);
    }

    [Fact]
    public void Region_names_resolve_with_their_country()
    {
        var (_, place) = Assert.Single(Resolve("Rebels attacked a village in Chechnya overnight."));
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.Equal("RU", place.CountryCode);
        Assert.Null(place.Latitude);
    }

    [Fact]
    public void One_resolver_gives_the_same_answers_from_many_threads()
    {
        var texts = new[]
        {
            "The storm hit Paris, Texas, overnight. Residents of Paris said the damage was heavy.",
            "The summit will be held in Paris next month.",
            "Leaders of the bloc met in Abuja, Nigeria, to discuss the crisis.",
            "Nigerien officials and French military advisers met in Niamey on Monday.",
        };
        string Run(string text)
        {
            var doc = new Document(text);
            s_resolver.Process(doc, CancellationToken.None);
            return string.Join(";", doc.Get(Layers.Places).Items.Select(p => $"{p.Span}{p.CountryCode}"));
        }
        var expected = texts.Select(Run).ToArray();
        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = Run(texts[i % texts.Length]));
        for (int i = 0; i < results.Length; i++) Assert.Equal(expected[i % texts.Length], results[i]);
    }

    [Fact]
    public void Empty_text_gives_no_places()
    {
        Assert.Empty(Resolve(""));
    }

    [Fact]
    public void Text_without_places_gives_no_places()
    {
        Assert.Empty(Resolve("it was a quiet day and nothing of note happened anywhere at all."));
    }

    [Fact]
    public void Control_characters_do_not_break_matching()
    {
        var places = Resolve("\u0000\u0007Niamey\u0001\u001f Nigeria\u0000\uFFFF\uD800");
        Assert.Equal(["Niamey", "Nigeria"], places.Select(p => p.Text));
    }

    [Fact(Timeout = 300_000)]
    public async Task Huge_input_is_cut_at_the_limit_with_a_problem()
    {
        await Task.Run(() =>
        {
            var resolver = new PlaceResolver(Gazetteer.Default, new PlaceResolverOptions { MaxTextLength = 1_000_000 });
            var text = string.Concat(Enumerable.Repeat("Troops in Niamey and Paris Saw Many New Capitalized Words Here. ", 40_000));
            var doc = new Document(text);
            resolver.Process(doc, CancellationToken.None);
            var problem = Assert.Single(doc.Problems);
            Assert.Equal("places.input-too-long", problem.Code);
            Assert.Contains("MaxTextLength", problem.Message);
            Assert.All(doc.Get(Layers.Places).Items, p => Assert.True(p.Span.End <= 1_000_000));
            Assert.True(doc.Get(Layers.Places).Count > 10_000);
        });
    }
}
