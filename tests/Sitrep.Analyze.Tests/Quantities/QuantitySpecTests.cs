using System.Globalization;
using Sitrep.Analyze.Dates;
using Sitrep.Analyze.Quantities;
using Sitrep.Analyze.Tests.Specs;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Quantities;

/// <summary>Runs every example of Specs/Quantities.md. Labels are "{QTY=value}" plus the keys unit, max and approx
/// where an example gives them. Examples run after the date resolver, as in the analysis pipeline.</summary>
public sealed class QuantitySpecTests
{
    private static readonly DateResolver Dates = new();
    private static readonly QuantityRecognizer Recognizer = new();

    public static IEnumerable<object[]> Examples() => SpecFile.Cases("Quantities.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_recognized_as_annotated(string location, string source)
    {
        var example = SpecFile.Parse(location, source);
        var doc = new Document(example.Text, new DocumentMeta { Published = example.Published });
        Dates.Process(doc, CancellationToken.None);
        Recognizer.Process(doc, CancellationToken.None);
        var expectedAt = example.Expected.ToDictionary(a => (a.Start, a.Length));
        var actual = doc.Get(Layers.Quantities).Items.Select(q => (q.Span.Start, q.Span.Length, Describe(q, expectedAt.GetValueOrDefault((q.Span.Start, q.Span.Length)))));
        SpecFile.AssertSame(example, SpecFile.Render(example.Text, actual));
    }

    private static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Describe(Quantity q, SpecAnnotation? expected)
    {
        var attrs = new List<KeyValuePair<string, string>>();
        foreach (var (key, _) in expected?.Attributes ?? [])
        {
            string v = key switch
            {
                "unit" => q.Unit ?? "none",
                "max" => q.ValueMax is double m ? Number(m) : "none",
                "approx" => q.Approximation.ToString(),
                _ => "?",
            };
            attrs.Add(new(key, v));
        }
        return SpecFile.Label("QTY", Number(q.Value), attrs);
    }
}
