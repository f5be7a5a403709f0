using Sitrep.Analyze.Entities.Recognition;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Entities.Recognition;

public sealed class NerModelTests
{
    [Fact]
    public void The_embedded_model_loads_with_features_and_lexicons()
    {
        var model = NerModel.Default;
        Assert.True(model.FeatureCount > 10_000);
        Assert.True(model.Lexicon.Gazetteer.Count > 1000);
    }

    [Fact]
    public void A_saved_model_loads_back_and_tags_the_same()
    {
        var sentences = new[]
        {
            new NerTrainingSentence(["Anna", "Berg", "visited", "Oslo", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"], 0),
            new NerTrainingSentence(["Oslo", "welcomed", "Anna", "Berg", "."], ["B-LOC", "O", "B-PER", "I-PER", "O"], 1),
            new NerTrainingSentence(["The", "Acme", "Corp", "board", "met", "."], ["O", "B-ORG", "I-ORG", "O", "O", "O"], 2),
        };
        var model = NerModelTrainer.Train(sentences, [], new NerTrainingOptions { Epochs = 5, FineClusters = 0, GazetteerFolds = 1 });
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);

        var words = new[] { "Anna", "Berg", "visited", "Oslo", "." };
        var spans = new TextSpan[words.Length];
        var text = NerModelTrainer.Join(words, spans);
        int[] a = new int[words.Length], b = new int[words.Length];
        float[] ca = new float[words.Length], cb = new float[words.Length];
        model.Tag(text, spans, a, ca);
        loaded.Tag(text, spans, b, cb);
        Assert.Equal(a, b);
        var entities = new List<(int, int, EntityType)>();
        NerTags.Decode(b, entities);
        Assert.Contains((0, 2, EntityType.Person), entities);
        Assert.Contains((3, 1, EntityType.Location), entities);
    }

    [Fact]
    public void Loading_something_that_is_not_a_model_fails_with_a_clear_message()
    {
        using var stream = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gz.Write("hello world, not a model"u8);
        stream.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));
        Assert.Contains("Not a Sitrep NER model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_truncated_model_fails_with_invalid_data()
    {
        using var full = new MemoryStream();
        NerModel.Default.Save(full);
        var truncated = new MemoryStream(full.ToArray()[..(int)(full.Length / 2)]);
        Assert.Throws<InvalidDataException>(() => NerModel.Load(truncated));
    }

    [Theory]
    [InlineData(new[] { "B-PER", "I-PER", "O", "I-LOC" }, new[] { 1, 3, 0, 12 })]
    [InlineData(new[] { "I-ORG", "I-ORG", "B-ORG" }, new[] { 5, 7, 8 })]
    public void Converts_iob_tags_to_bilou(string[] iob, int[] bilou) => Assert.Equal(bilou, NerModelTrainer.ToBilou(iob));
}
