using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Quantities;

/// <summary>Finds numbers with their unit and hedge in the raw text: "roughly 1,110 troops" → 1110 "troops"
/// Approximate; "$1.2 billion" → 1.2e9 "USD"; "hundreds of millions of dollars" → 1e8…1e9 "USD" Vague.
/// Units are the counted noun as written (plural kept), an ISO 4217 code for money, "%" for percentages and
/// fractions ("nearly half" → 50 "%"). Dates, clock times, years, ordinals, identifiers ("Boeing 737", "No. 10"),
/// scores ("3-1") and the pronoun "one" ("one of the officials") are not quantities. When the TimeExpressions layer
/// is present, numbers inside dates, times and sets are skipped (durations are kept: "two hours" is both).
/// Stateless and thread-safe.</summary>
public sealed class QuantityRecognizer(QuantityRecognizerOptions? options = null) : IComponent
{
    private const string Stage = "quantities";

    private readonly QuantityRecognizerOptions _options = options ?? new QuantityRecognizerOptions();

    public string Name => "quantities";

    public IReadOnlyList<LayerKey> Requires => [];

    public IReadOnlyList<LayerKey> Produces => [Layers.Quantities];

    /// <summary>Phases: limit the input, split it into coarse tokens, scan the tokens for quantities.</summary>
    public void Process(Document doc, CancellationToken ct)
    {
        int length = doc.Text.Length;
        if (length > _options.MaxTextLength)
        {
            doc.AddProblem(new Problem("quantities.input-too-long",
                $"Text has {length:N0} characters; only the first {_options.MaxTextLength:N0} were scanned for quantities. " +
                "Split the input or raise QuantityRecognizerOptions.MaxTextLength.", Stage, doc.Meta.Source, $"offset {_options.MaxTextLength}"));
            length = _options.MaxTextLength;
        }
        var tokens = new List<ScanToken>(length / 5 + 1);
        ScanTokenizer.Tokenize(doc.Text.AsSpan(0, length), tokens);
        var scanner = new QuantityScanner(doc.Text, tokens, doc.Get(Layers.TimeExpressions));
        doc.Set(Layers.Quantities, Layer<Quantity>.From(scanner.Scan(ct)));
    }
}
