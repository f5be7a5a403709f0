using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void Layers_are_sorted_by_start_when_set()
    {
        var doc = new Document("Alpha beta gamma.");
        doc.Set(Layers.Tokens, [new Token(new TextSpan(6, 4), TokenKind.Word), new Token(new TextSpan(0, 5), TokenKind.Word)]);
        Assert.Equal(0, doc.Get(Layers.Tokens)[0].Span.Start);
        Assert.Equal("beta", doc.TextOf(doc.Get(Layers.Tokens)[1].Span));
    }

    [Fact]
    public void Setting_a_span_outside_the_text_is_refused()
    {
        var doc = new Document("short");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.Set(Layers.Sentences, [new Sentence(new TextSpan(2, 10))]));
    }

    [Fact]
    public void Overlapping_mentions_are_refused_but_overlapping_attributions_are_not()
    {
        var doc = new Document("Mohamed Bazoum said so.");
        Assert.Throws<ArgumentException>(() => doc.Set(Layers.EntityMentions,
            [new EntityMention(new TextSpan(0, 14), EntityType.Person), new EntityMention(new TextSpan(8, 6), EntityType.Person)]));
        var a = new Attribution(new TextSpan(0, 22), [new TextSpan(20, 2)], new TextSpan(15, 4), new TextSpan(0, 14), AttributionKind.Indirect);
        doc.Set(Layers.Attributions, [a, a]);
        Assert.Equal(2, doc.Get(Layers.Attributions).Count);
    }

    [Fact]
    public void Missing_layer_reads_as_empty()
        => Assert.Equal(0, new Document("x").Get(Layers.Places).Count);

    [Fact]
    public void IndexAt_finds_the_covering_item()
    {
        var doc = new Document("One. Two. Three.");
        doc.Set(Layers.Sentences, [new Sentence(new TextSpan(0, 4)), new Sentence(new TextSpan(5, 4)), new Sentence(new TextSpan(10, 6))]);
        var layer = doc.Get(Layers.Sentences);
        Assert.Equal(1, layer.IndexAt(6));
        Assert.Equal(-1, layer.IndexAt(4));
    }
}

public sealed class PipelineBuilderTests
{
    private sealed class Fake(string name, LayerKey[] requires, LayerKey[] produces, Action<Document>? act = null) : IComponent
    {
        public string Name => name;
        public IReadOnlyList<LayerKey> Requires => requires;
        public IReadOnlyList<LayerKey> Produces => produces;
        public void Process(Document doc, CancellationToken ct) => act?.Invoke(doc);
    }

    [Fact]
    public void Build_names_the_component_whose_requirement_comes_later()
    {
        var b = new PipelineBuilder()
            .Use(new Fake("quotes", [Layers.Sentences], [Layers.Attributions]));
        var ex = Assert.Throws<InvalidOperationException>(() => b.Build());
        Assert.Contains("quotes", ex.Message);
        Assert.Contains("sentences", ex.Message);
    }

    [Fact]
    public void A_throwing_component_becomes_a_problem_and_the_rest_still_run()
    {
        var p = new PipelineBuilder()
            .Use(new Fake("boom", [], [], _ => throw new InvalidDataException("bad")))
            .InsertBefore<Fake>(new Fake("never-added-twice", [], []))
            .Build();
        var doc = p.Process(new Document("text"));
        Assert.Contains(doc.Problems, pr => pr.Code == "analyze.component-failed");
    }
}

public sealed class LanguageGateTests
{
    private sealed class EnglishOnly : IComponent, ILanguageSpecific
    {
        public string Name => "english-only";
        public IReadOnlyList<LayerKey> Requires => [];
        public IReadOnlyList<LayerKey> Produces => [Layers.Sentences];
        public IReadOnlyList<string> Languages => ["en"];
        public void Process(Document doc, CancellationToken ct) => doc.Set(Layers.Sentences, [new Sentence(new TextSpan(0, doc.Text.Length))]);
    }

    [Fact]
    public void English_only_components_are_skipped_with_a_reason_on_other_languages()
    {
        var p = new PipelineBuilder().Use(new EnglishOnly()).Build();
        var doc = p.Process(new Document("Der Rat tagte am Montag.", new DocumentMeta { Language = "de" }));
        Assert.False(doc.Has(Layers.Sentences));
        var problem = Assert.Single(doc.Problems);
        Assert.Equal("analyze.language-unsupported", problem.Code);
        Assert.Contains("'de'", problem.Message);
    }

    [Fact]
    public void Unknown_language_still_runs_the_component()
    {
        var p = new PipelineBuilder().Use(new EnglishOnly()).Build();
        Assert.True(p.Process(new Document("Hi.")).Has(Layers.Sentences));
    }
}
