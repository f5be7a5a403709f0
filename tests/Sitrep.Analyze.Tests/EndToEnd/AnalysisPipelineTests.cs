using Sitrep.Core;

namespace Sitrep.Analyze.Tests.EndToEnd;

/// <summary>The default pipeline end to end, on good and on hostile input: layers stay consistent, nothing throws.</summary>
public sealed class AnalysisPipelineTests
{
    private static Document Analyze(string text, DocumentMeta? meta = null)
        => AnalysisPipeline.Default.Process(new Document(text, meta ?? new DocumentMeta { Language = "en", Published = ValdoriaFixture.Published }));

    [Fact]
    public void Build_succeeds_and_every_requirement_is_met()
        => Assert.NotEmpty(AnalysisPipeline.CreateBuilder().Build().Components);

    [Fact]
    public void Every_layer_span_lies_inside_the_text()
    {
        var doc = Analyze(ValdoriaFixture.Text);
        Assert.Empty(doc.Problems);
        foreach (var s in doc.Get(Layers.Sentences)) Assert.True(s.Span.End <= doc.Text.Length);
        Assert.True(doc.Get(Layers.Sentences).Count >= 12);
        Assert.True(doc.Get(Layers.Tokens).Count > 200);
    }

    [Fact]
    public void Empty_text_gives_empty_layers_and_no_problem()
    {
        var doc = Analyze("");
        Assert.Equal(0, doc.Get(Layers.Sentences).Count);
        Assert.DoesNotContain(doc.Problems, p => p.Code == "analyze.component-failed");
    }

    [Theory]
    [InlineData("“This quote never ends, said nobody in particular and then")]
    [InlineData("He said ” backwards “ quotes » and « odd ones ’ everywhere.")]
    [InlineData("Control\u0000 characters\u0007 in\u001b the\u0008 text said the official on Monday.")]
    [InlineData("....!!!???,,,;;;:::")]
    public void Hostile_small_inputs_do_not_fail_any_component(string text)
        => Assert.DoesNotContain(Analyze(text).Problems, p => p.Code == "analyze.component-failed");

    [Fact(Timeout = 300_000)]
    public async Task Ten_megabytes_of_text_without_sentence_ends_finishes()
    {
        var text = string.Concat(Enumerable.Repeat("officials said the junta would meet again and ", 220_000));
        var doc = await Task.Run(() => Analyze(text));
        Assert.DoesNotContain(doc.Problems, p => p.Code == "analyze.component-failed");
        Assert.True(doc.Get(Layers.Sentences).Count > 1, "a text without sentence ends is still cut into bounded sentences");
    }

    [Fact]
    public void Non_english_text_skips_english_only_layers_with_a_reason()
    {
        var doc = Analyze("Der Verteidigungsminister sagte am Montag, die Truppen blieben im Land.", new DocumentMeta { Language = "de" });
        Assert.True(doc.Has(Layers.Sentences));
        Assert.All(doc.Problems, p => Assert.Equal("analyze.language-unsupported", p.Code));
    }
}
