using Sitrep.Extract.Metadata;

namespace Sitrep.Extract.Tests.Metadata;

public sealed class LanguageIdentifierTests
{
    private readonly LanguageIdentifier _identifier = new();

    [Theory]
    [InlineData("The city council voted on Tuesday to extend the bus network to the northern suburbs, officials said.", "en")]
    [InlineData("Der Stadtrat hat am Dienstag beschlossen, das Busnetz in die nördlichen Vororte zu erweitern, teilte die Stadt mit.", "de")]
    [InlineData("El ayuntamiento votó el martes a favor de ampliar la red de autobuses hacia los barrios del norte, dijeron fuentes oficiales.", "es")]
    [InlineData("Le conseil municipal a voté mardi pour étendre le réseau de bus vers les banlieues du nord, selon la mairie.", "fr")]
    [InlineData("Городской совет во вторник проголосовал за расширение автобусной сети в северные пригороды.", "ru")]
    public void Detects_the_language_of_news_sentences(string text, string expected)
        => Assert.Equal(expected, _identifier.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OK 123")]
    [InlineData("12.05.2024 – 14:00")]
    public void Returns_null_for_text_too_short_to_tell(string text)
        => Assert.Null(_identifier.Detect(text));

    [Fact]
    public void Handles_very_long_text_by_sampling_its_start()
    {
        var text = string.Concat(Enumerable.Repeat("Die Regierung hat neue Regeln für den Wohnungsbau vorgestellt. ", 20_000));
        Assert.Equal("de", _identifier.Detect(text));
    }

    [Fact]
    public void Is_safe_to_call_from_many_threads()
    {
        var results = new string?[64];
        Parallel.For(0, results.Length, i => results[i] = _identifier.Detect(i % 2 == 0
            ? "The minister said the new rules would take effect next spring across the country."
            : "Le ministre a déclaré que les nouvelles règles entreraient en vigueur au printemps prochain."));
        for (int i = 0; i < results.Length; i++) Assert.Equal(i % 2 == 0 ? "en" : "fr", results[i]);
    }
}
