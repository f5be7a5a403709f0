using Sitrep.Analyze.Sentences;
using Sitrep.Core;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Sentences;

/// <summary>Runs every example of Specs/Sentences.md as one test case named by its line.</summary>
public sealed class SentenceSpecTests
{
    private const string Fence = "```````````````````````````````` example";
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseSentenceSplitter().Build();

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Sentences", "Specs", "Sentences.md");
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence) continue;
            int start = i + 1, dot = start;
            while (lines[dot] != ".") dot++;
            int end = dot + 1;
            while (!lines[end].StartsWith("````", StringComparison.Ordinal)) end++;
            data.Add($"Sentences.md:{i + 1}", string.Join('\n', lines[start..dot]), string.Join('\n', lines[(dot + 1)..end]));
            i = end;
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Splits_as_the_spec_says(string example, string source, string expected)
    {
        var doc = Pipeline.Process(new Document(source));
        var actual = string.Join('\n', doc.Get(Layers.Sentences).Items.Select(s => doc.TextOf(s.Span).Replace("\n", "⏎", StringComparison.Ordinal)));
        Assert.True(expected == actual, $"{example}\nSource:\n{source}\nActual:\n{actual}\nExpected:\n{expected}");
    }
}
