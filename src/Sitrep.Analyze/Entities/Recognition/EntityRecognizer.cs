using System.Buffers;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Finds person, organization, location and other (MISC) names with the statistical <see cref="NerModel"/>,
/// one sentence at a time. Requires tokens and sentences; produces <see cref="Layers.EntityMentions"/> (not yet
/// grouped into entities, so <see cref="EntityMention.Entity"/> is -1).</summary>
public sealed class EntityRecognizer(EntityRecognizerOptions? options = null, NerModel? model = null) : IComponent
{
    private readonly EntityRecognizerOptions _options = options ?? new EntityRecognizerOptions();

    public string Name => "entity-recognizer";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.EntityMentions];

    public void Process(Document doc, CancellationToken ct)
    {
        NerModel m;
        try
        {
            m = model ?? NerModel.Default;
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException)
        {
            doc.AddProblem(new Problem("ner.model-unavailable", $"The NER model could not be loaded: {ex.Message}", Name, doc.Meta.Source));
            return;
        }
        var tokens = doc.Get(Layers.Tokens).AsSpan();
        if (tokens.Length > _options.MaxTokens)
        {
            doc.AddProblem(new Problem("ner.input-too-long",
                $"Document has {tokens.Length:N0} tokens, more than the limit of {_options.MaxTokens:N0}; names were recognized in the first {_options.MaxTokens:N0} only. Raise EntityRecognizerOptions.MaxTokens or split the document.",
                Name, doc.Meta.Source, $"offset {tokens[_options.MaxTokens].Span.Start}"));
            tokens = tokens[.._options.MaxTokens];
        }
        var mentions = new List<EntityMention>();
        int window = Math.Max(1, _options.MaxSentenceTokens);
        int n = tokens.Length;
        var spans = ArrayPool<TextSpan>.Shared.Rent(Math.Max(1, n));
        var tags = ArrayPool<int>.Shared.Rent(Math.Max(1, n));
        var confidence = ArrayPool<float>.Shared.Rent(Math.Max(1, n));
        var starts = new List<int> { 0 };
        var found = new List<(int Start, int Length, EntityType Type)>();
        try
        {
            // Phase 1: the tokens of every sentence, long sentences cut into windows.
            var tokenLayer = doc.Get(Layers.Tokens);
            int count = 0;
            foreach (var sentence in doc.Get(Layers.Sentences).AsSpan())
            {
                int first = tokenLayer.LowerBound(sentence.Span.Start);
                for (int t = first; t < n && tokens[t].Span.End <= sentence.Span.End; t++)
                {
                    spans[count++] = tokens[t].Span;
                    if (count - starts[^1] == window) starts.Add(count);
                }
                if (starts[^1] != count) starts.Add(count);
            }
            ct.ThrowIfCancellationRequested();
            // Phase 2: tag the whole document (two passes, see NerModel), then read mentions off each sentence.
            m.TagDocument(doc.Text, spans.AsSpan(0, count), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(starts), tags.AsSpan(0, count), confidence.AsSpan(0, count));
            for (int k = 0; k + 1 < starts.Count; k++)
            {
                int from = starts[k], to = starts[k + 1];
                found.Clear();
                NerTags.Decode(tags.AsSpan(from, to - from), found);
                foreach (var (s, len, type) in found)
                {
                    double c = 0;
                    for (int i = from + s; i < from + s + len; i++) c += confidence[i];
                    c /= len;
                    if (c < _options.MinConfidence) continue;
                    mentions.Add(new EntityMention(TextSpan.FromBounds(spans[from + s].Start, spans[from + s + len - 1].End), type, -1, Math.Round(c, 4)));
                }
            }
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(spans);
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<float>.Shared.Return(confidence);
        }
        doc.Set(Layers.EntityMentions, Layer<EntityMention>.From(mentions));
    }
}
