using Sitrep.Analyze.Places;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Places;

public sealed class GazetteerTests
{
    [Fact]
    public void Embedded_gazetteer_holds_every_ISO_country_with_coordinates()
    {
        var g = Gazetteer.Default;
        Assert.True(g.CountryCount >= 249, $"only {g.CountryCount} countries");
        var niger = g.Country("NE");
        Assert.NotNull(niger);
        Assert.Equal("Niger", niger.Name);
        Assert.NotNull(niger.Latitude);
    }

    [Fact]
    public void Countries_come_before_namesake_cities()
    {
        var entries = Gazetteer.Default.Find("Mexico");
        Assert.Equal(PlaceKind.Country, entries[0].Kind);
        Assert.Equal("MX", entries[0].CountryCode);
    }

    [Fact]
    public void Cities_are_ordered_by_population()
    {
        var entries = Gazetteer.Default.Find("Paris");
        Assert.Equal("FR", entries[0].CountryCode);
        Assert.True(entries.Length > 1);
        for (int i = 1; i < entries.Length; i++) Assert.True(entries[i - 1].Population >= entries[i].Population);
    }

    [Theory]
    [InlineData("Nigerien", "NE")]
    [InlineData("Nigerian", "NG")]
    [InlineData("French", "FR")]
    [InlineData("Americans", "US")]
    [InlineData("Bosnian", "BA")]
    public void Demonyms_map_to_their_country(string demonym, string code)
    {
        Assert.True(Gazetteer.Default.TryGetDemonym(demonym, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("Geneva", "CH")]
    [InlineData("Cologne", "DE")]
    [InlineData("Kiev", "UA")]
    public void English_names_of_foreign_cities_find_the_city(string name, string code)
        => Assert.Equal(code, Gazetteer.Default.Find(name)[0].CountryCode);

    [Theory]
    [InlineData("Acropolis")]
    [InlineData("Sophia")]
    [InlineData("Mobil")]
    [InlineData("Tour")]
    public void Other_language_names_that_are_mostly_something_else_are_not_places(string name)
        => Assert.True(Gazetteer.Default.Find(name).IsEmpty, $"{name} is a place");

    [Fact]
    public void Regions_are_keyed_by_country_and_admin1_code()
    {
        var texas = Gazetteer.Default.Region("US.TX");
        Assert.NotNull(texas);
        Assert.Equal("Texas", texas.Name);
        Assert.Equal(PlaceKind.Region, texas.Kind);
    }

    [Fact]
    public void Loads_a_small_table_and_reports_a_bad_line_by_number()
    {
        var good = Gazetteer.Load(new StringReader("C\tZZ\t\tZedland\t1\t2\t\tZed\tZeddish\nP\tZZ\t01\tZed City\t1.5\t2.5\t20000\t\t\n"));
        Assert.Equal("ZZ", good.Find("Zed")[0].CountryCode);
        Assert.Equal(20000, good.Find("Zed City")[0].Population);
        Assert.True(good.TryGetDemonym("Zeddish", out _));

        var ex = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(new StringReader("C\tZZ\t\tZedland\t1\t2\t\t\t\nX\tbroken\n")));
        Assert.Contains("line 2", ex.Message);
    }
}
