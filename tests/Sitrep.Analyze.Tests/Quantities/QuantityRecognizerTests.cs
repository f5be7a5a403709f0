using Sitrep.Analyze.Dates;
using Sitrep.Analyze.Quantities;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Quantities;

public sealed class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static Document Run(string text)
    {
        var doc = new Document(text, new DocumentMeta { Source = "test://doc" });
        Recognizer.Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Reads_a_hedged_count_with_its_noun()
    {
        var doc = Run("The US keeps roughly 1,110 troops there.");
        var q = Assert.Single(doc.Get(Layers.Quantities).Items);
        Assert.Equal("roughly 1,110 troops", doc.TextOf(q.Span));
        Assert.Equal((1110d, "troops", Approximation.Approximate), (q.Value, q.Unit, q.Approximation));
    }

    [Fact]
    public void Skips_numbers_inside_dates_without_the_date_layer()
    {
        Assert.Equal(0, Run("It happened on Aug. 9, 2023 and on 9 August.").Get(Layers.Quantities).Count);
    }

    [Fact]
    public void Skips_numbers_inside_resolved_dates_when_the_date_layer_is_present()
    {
        var doc = new Document("The strike began 2023-08-09 and lasted 3 days.", new DocumentMeta { Published = new DateTimeOffset(2023, 8, 9, 0, 0, 0, TimeSpan.Zero) });
        new DateResolver().Process(doc, CancellationToken.None);
        Recognizer.Process(doc, CancellationToken.None);
        var q = Assert.Single(doc.Get(Layers.Quantities).Items);
        Assert.Equal((3d, "days"), (q.Value, q.Unit));
    }

    [Fact]
    public void Treats_the_pronoun_one_as_no_quantity_but_counts_one_soldier()
    {
        var doc = Run("One of the officials said no one saw one soldier.");
        var q = Assert.Single(doc.Get(Layers.Quantities).Items);
        Assert.Equal("one soldier", doc.TextOf(q.Span));
    }

    [Fact]
    public void Parses_number_words_up_to_billions()
    {
        var q = Assert.Single(Run("They counted two hundred and fifty thousand ballots.").Get(Layers.Quantities).Items);
        Assert.Equal(250_000d, q.Value);
        Assert.Equal("ballots", q.Unit);
    }

    [Fact]
    public void Returns_an_empty_layer_for_empty_text()
    {
        var doc = Run("");
        Assert.True(doc.Has(Layers.Quantities));
        Assert.Equal(0, doc.Get(Layers.Quantities).Count);
        Assert.Empty(doc.Problems);
    }

    [Fact]
    public void Survives_control_characters()
    {
        var doc = Run("\0\u0001 About\u0000 300\u0007 people \uD800 and $5\u001b million.");
        Assert.Contains(doc.Get(Layers.Quantities).Items, q => q.Value == 300 && q.Unit == "people");
    }

    [Fact(Timeout = 300_000)]
    public async Task Scans_only_the_allowed_prefix_of_a_10_MB_text_and_says_so()
    {
        string text = string.Concat(Enumerable.Repeat("More than 300 people and $1.2 billion were seen. ", 210_000));
        var doc = await Task.Run(() => Run(text));
        Assert.Equal("quantities.input-too-long", Assert.Single(doc.Problems).Code);
        Assert.All(doc.Get(Layers.Quantities).Items, q => Assert.True(q.Span.End <= 2_000_000));
    }

    [Theory(Timeout = 300_000)]
    [InlineData("1,")]
    [InlineData("1.")]
    [InlineData("9")]
    [InlineData("hundreds of ")]
    [InlineData("more than ")]
    [InlineData("two hundred and ")]
    [InlineData("$")]
    [InlineData("1-")]
    public async Task Stays_linear_on_pathological_repetition(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        var doc = await Task.Run(() => Run(text));
        Assert.True(doc.Has(Layers.Quantities));
    }

    [Fact]
    public void Registers_once_in_a_pipeline_after_the_date_resolver()
    {
        var pipeline = new PipelineBuilder().UseDateResolver().UseQuantityRecognizer().UseQuantityRecognizer().Build();
        Assert.Equal(2, pipeline.Components.Count);
        var doc = pipeline.Process(new Document("On Monday 40 soldiers left."));
        Assert.Empty(doc.Problems);
        Assert.Equal(40d, Assert.Single(doc.Get(Layers.Quantities).Items).Value);
    }
}
