using Sitrep.Analyze.Quotes;
using Sitrep.Core;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Quotes;

/// <summary>Runs every example of Specs/Attribution.md; a case is named by its file and line ("Attribution.md:12").</summary>
public sealed class AttributionSpecTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseQuoteAttributor().Build();

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var lines = File.ReadAllLines(SpecPath());
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```text") continue;
            int line = i + 1;
            var input = Block(lines, ref i);
            while (++i < lines.Length && lines[i] != "```attributions") { }
            var expected = Block(lines, ref i);
            data.Add($"Attribution.md:{line}", input, expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_gives_the_expected_attributions(string example, string source, string expected)
    {
        var doc = Pipeline.Process(new Document(source));
        var actual = string.Join("\n", doc.Get(Layers.Attributions).Items.OrderBy(a => a.Cue?.Start ?? a.Span.Start).Select(a =>
            $"[{(a.Source is { } s ? doc.TextOf(s) : "-")}] <{(a.Cue is { } c ? doc.TextOf(c) : "-")}> {string.Join(" | ", a.Content.Select(doc.TextOf))}"));
        Assert.True(actual == expected, $"{example}\nSource:\n{source}\nActual:\n{actual}\nExpected:\n{expected}");
    }

    private static string Block(string[] lines, ref int i)
    {
        var block = new List<string>();
        while (++i < lines.Length && lines[i] != "```") block.Add(lines[i]);
        return string.Join("\n", block);
    }

    private static string SpecPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Quotes", "Specs", "Attribution.md");
            if (File.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "tests", "Sitrep.Analyze.Tests", "Quotes", "Specs", "Attribution.md");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("Quotes/Specs/Attribution.md not found above " + AppContext.BaseDirectory);
    }
}
