using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Quotes;

/// <summary>Finds who said what: direct quotes in any quotation style (also over several paragraphs and interrupted by
/// "he said"), indirect speech after reporting verbs, "according to" and anonymous sources. Reads sentences, and
/// entity mentions and entities when present; produces <see cref="Layers.Attributions"/>.</summary>
public sealed class QuoteAttributor(QuoteAttributorOptions options) : IComponent
{
    public QuoteAttributor() : this(new QuoteAttributorOptions()) { }

    public string Name => "quotes";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Attributions];

    public void Process(Document doc, CancellationToken ct)
    {
        // Phases: check limits; find quotations; apply the cue rules sentence by sentence; link sources to entities.
        if (doc.Text.Length > options.MaxTextLength)
        {
            doc.AddProblem(new Problem("quotes.input-too-long",
                $"The text has {doc.Text.Length:N0} characters, more than the attributor's limit of {options.MaxTextLength:N0}; no attributions were made. Split the text or raise QuoteAttributorOptions.MaxTextLength.",
                Name, doc.Meta.Source, $"offset {options.MaxTextLength}"));
            doc.Set(Layers.Attributions, Layer<Attribution>.Empty);
            return;
        }
        var quotations = QuotationScanner.Find(doc.Text, options.MaxQuoteLength);
        var candidates = new CueRules(doc.Text, quotations, options, doc.Has(Layers.EntityMentions) ? doc.Get(Layers.EntityMentions) : null).Apply(SentencePieces(doc), ct);
        doc.Set(Layers.Attributions, Layer<Attribution>.From(SourceLinker.Link(doc, quotations, candidates)));
    }

    /// <summary>Sentences cut at line breaks, so no rule reaches across a paragraph boundary by accident.</summary>
    private static List<TextSpan> SentencePieces(Document doc)
    {
        var pieces = new List<TextSpan>();
        var text = doc.Text.AsSpan();
        foreach (var sentence in doc.Get(Layers.Sentences))
        {
            int start = sentence.Span.Start, end = Math.Min(sentence.Span.End, text.Length);
            while (start < end)
            {
                int nl = text[start..end].IndexOf('\n');
                int pieceEnd = nl < 0 ? end : start + nl;
                if (pieceEnd > start && !text[start..pieceEnd].IsWhiteSpace()) pieces.Add(TextSpan.FromBounds(start, pieceEnd));
                start = pieceEnd + 1;
            }
        }
        return pieces;
    }
}
