using System.Globalization;
using Sitrep.Analyze.Dates;
using Sitrep.Analyze.Tests.Specs;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Dates;

/// <summary>Runs every example of Specs/Dates.md. Labels are the kind in capitals and the value ("{DATE=2023-08-07}",
/// "{DATE}" for no value); the optional keys gran, under and anchor are compared only where an example gives them.</summary>
public sealed class DateSpecTests
{
    private static readonly DateResolver Resolver = new();

    public static IEnumerable<object[]> Examples() => SpecFile.Cases("Dates.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_resolves_as_annotated(string location, string source)
    {
        var example = SpecFile.Parse(location, source);
        var doc = new Document(example.Text, new DocumentMeta { Published = example.Published, PublishedHasTime = example.PublishedHasTime });
        Resolver.Process(doc, CancellationToken.None);
        var expectedAt = example.Expected.ToDictionary(a => (a.Start, a.Length));
        var actual = doc.Get(Layers.TimeExpressions).Items.Select(t => (t.Span.Start, t.Span.Length, Describe(t, expectedAt.GetValueOrDefault((t.Span.Start, t.Span.Length)))));
        SpecFile.AssertSame(example, SpecFile.Render(example.Text, actual));
    }

    private static string Describe(TimeExpression t, SpecAnnotation? expected)
    {
        var attrs = new List<KeyValuePair<string, string>>();
        foreach (var (key, _) in expected?.Attributes ?? [])
        {
            string v = key switch
            {
                "gran" => t.Granularity.ToString(),
                "under" => t.Underspecified ? "true" : "false",
                "anchor" => t.Anchor ?? "none",
                _ => "?",
            };
            attrs.Add(new(key, v));
        }
        return SpecFile.Label(t.Kind.ToString().ToUpper(CultureInfo.InvariantCulture), t.Value, attrs);
    }
}
