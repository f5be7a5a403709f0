using Sitrep.Analyze.Dates;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateResolver Resolver = new();

    private static Document Run(string text, DateTimeOffset? published, DateResolver? resolver = null)
    {
        var doc = new Document(text, new DocumentMeta { Published = published, Source = "test://doc" });
        (resolver ?? Resolver).Process(doc, CancellationToken.None);
        return doc;
    }

    private static readonly DateTimeOffset Wednesday = new(2023, 8, 9, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Resolves_last_Tuesday_against_publication_date()
    {
        var doc = Run("The minister resigned last Tuesday.", Wednesday);
        var t = Assert.Single(doc.Get(Layers.TimeExpressions).Items);
        Assert.Equal("last Tuesday", doc.TextOf(t.Span));
        Assert.Equal("2023-08-08", t.Value);
        Assert.Equal("published:2023-08-09", t.Anchor);
    }

    [Fact]
    public void Uses_the_local_calendar_day_of_a_publication_time_with_offset()
    {
        // 23:30 in New York on Aug. 8 is already Aug. 9 in UTC; the article's own day is Aug. 8 (a Tuesday).
        var published = new DateTimeOffset(2023, 8, 8, 23, 30, 0, TimeSpan.FromHours(-4));
        var doc = Run("Officials met today.", published);
        Assert.Equal("2023-08-08", Assert.Single(doc.Get(Layers.TimeExpressions).Items).Value);
    }

    [Fact]
    public void Flags_relative_expressions_without_an_anchor_and_invents_no_value()
    {
        var doc = Run("Yesterday the army moved; last week it waited; two days ago it struck.", null);
        var items = doc.Get(Layers.TimeExpressions).Items;
        Assert.Equal(3, items.Count);
        Assert.All(items, t => { Assert.True(t.Underspecified); Assert.Null(t.Value); Assert.Null(t.Anchor); });
    }

    [Fact]
    public void Keeps_explicit_dates_exact_without_an_anchor()
    {
        var t = Assert.Single(Run("Signed on 9 August 2023.", null).Get(Layers.TimeExpressions).Items);
        Assert.Equal("2023-08-09", t.Value);
        Assert.False(t.Underspecified);
    }

    [Fact]
    public void Non_ascii_digits_are_not_read_as_dates_and_do_not_throw()
    {
        // Arabic-Indic and fullwidth digits match \d in .NET regexes but not int.Parse.
        var doc = Run("The ceasefire began on August ١٢, ٢٠٢٣ and talks resumed on ２０２３-０８-１５. Officials met on August 14, 2023.", Wednesday);
        var t = Assert.Single(doc.Get(Layers.TimeExpressions).Items);
        Assert.Equal("2023-08-14", t.Value);
    }

    [Fact]
    public void Returns_an_empty_layer_for_empty_text()
    {
        var doc = Run("", Wednesday);
        Assert.True(doc.Has(Layers.TimeExpressions));
        Assert.Equal(0, doc.Get(Layers.TimeExpressions).Count);
        Assert.Empty(doc.Problems);
    }

    [Fact]
    public void Survives_control_characters_and_still_finds_dates()
    {
        var doc = Run("\0\u0001\u0007On Monday\u0000 the \u001b[31mtroops\u0008 left on Aug. 2, 2023.\uFFFF\uD800", Wednesday);
        var values = doc.Get(Layers.TimeExpressions).Items.Select(t => t.Value).ToArray();
        Assert.Equal(new string?[] { "2023-08-07", "2023-08-02" }, values);
    }

    [Fact(Timeout = 300_000)]
    public async Task Scans_only_the_allowed_prefix_of_a_10_MB_text_and_says_so()
    {
        string text = string.Concat(Enumerable.Repeat("Troops arrived on Monday and left three days later. ", 200_000));
        var doc = await Task.Run(() => Run(text, Wednesday));
        var problem = Assert.Single(doc.Problems);
        Assert.Equal("dates.input-too-long", problem.Code);
        Assert.Contains("2,000,000", problem.Message);
        Assert.All(doc.Get(Layers.TimeExpressions).Items, t => Assert.True(t.Span.End <= 2_000_000));
        Assert.NotEqual(0, doc.Get(Layers.TimeExpressions).Count);
    }

    [Theory(Timeout = 300_000)]
    [InlineData("May ")]
    [InlineData("the end of the ")]
    [InlineData("1/")]
    [InlineData("12:")]
    [InlineData("more than more than ")]
    [InlineData("Monday, ")]
    [InlineData("9")]
    [InlineData("in in in ")]
    public async Task Stays_linear_on_pathological_repetition(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length));
        var doc = await Task.Run(() => Run(text, Wednesday));
        Assert.True(doc.Has(Layers.TimeExpressions));
    }

    [Fact]
    public void Reports_an_absurd_publication_date_and_leaves_relative_expressions_unresolved()
    {
        var doc = Run("Tomorrow and in a decade, and ten years from now.", DateTimeOffset.MaxValue);
        Assert.Equal("dates.anchor-out-of-range", Assert.Single(doc.Problems).Code);
        var tomorrow = doc.Get(Layers.TimeExpressions)[0];
        Assert.True(tomorrow.Underspecified);
        Assert.Null(tomorrow.Value);
    }

    [Fact]
    public void Leaves_offsets_beyond_the_calendar_unresolved()
    {
        var doc = Run("It began 9999 decades ago and ends 9999 years from now.", Wednesday);
        Assert.Empty(doc.Problems);
        Assert.All(doc.Get(Layers.TimeExpressions).Items, t => { Assert.True(t.Underspecified); Assert.Null(t.Value); });
        Assert.Equal(2, doc.Get(Layers.TimeExpressions).Count);
    }

    [Fact]
    public void Throws_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Resolver.Process(new Document("On Monday."), cts.Token));
    }

    [Fact]
    public void Gives_the_same_answers_from_many_threads()
    {
        string text = "On Monday, two weeks ago and on Aug. 6, officials met; three days after that deadline they left.";
        string expected = string.Join('|', Run(text, Wednesday).Get(Layers.TimeExpressions).Items.Select(t => t.Value));
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = string.Join('|', Run(text, Wednesday).Get(Layers.TimeExpressions).Items.Select(t => t.Value)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Registers_once_in_a_pipeline()
    {
        var pipeline = new PipelineBuilder().UseDateResolver().UseDateResolver().Build();
        var c = Assert.Single(pipeline.Components);
        Assert.Equal([Layers.TimeExpressions], c.Produces);
    }

    [Fact]
    public void Never_emits_overlapping_expressions()
    {
        var doc = Run("By the end of August 2023, on Monday, Aug. 7, at 3 p.m. GMT, every Monday, for more than two hours, early next year.", Wednesday);
        var items = doc.Get(Layers.TimeExpressions).Items;
        for (int i = 1; i < items.Count; i++) Assert.True(items[i - 1].Span.End <= items[i].Span.Start);
        Assert.True(items.Count >= 6);
    }
}
