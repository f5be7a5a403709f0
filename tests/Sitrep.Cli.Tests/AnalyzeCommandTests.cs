using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    // Written for these tests in the style of wire copy; no real article.
    private const string Story = """
        Junta in Valdoria refuses to free president

        Deputy Foreign Minister Tomas Reyes travelled to Port Aurel on Monday to meet President Elena Varga, who is detained by the army.

        “We are deeply worried about the safety of President Varga,” said Foreign Ministry spokeswoman Anna Lindqvist.

        A diplomat who asked not to be named said the talks were tense. The alliance has roughly 2,400 troops at four bases in the region.
        """;

    [Fact]
    public async Task Json_output_has_every_layer_with_offsets_that_index_the_text()
    {
        var r = await CliProcess.RunAsync(["analyze", "-", "--as", "text", "--published", "2024-03-14"], stdin: Story);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var text = doc.RootElement.GetProperty("article").GetProperty("text").GetString()!;
        var layers = doc.RootElement.GetProperty("layers");
        foreach (var name in new[] { "sentences", "tokens", "entity_mentions", "entities", "attributions", "time_expressions", "quantities", "places" })
            Assert.True(layers.TryGetProperty(name, out _), $"missing layer {name}");
        foreach (var m in layers.GetProperty("entity_mentions").EnumerateArray())
            Assert.Equal(m.GetProperty("text").GetString(), text.Substring(m.GetProperty("start").GetInt32(), m.GetProperty("length").GetInt32()));
        Assert.Contains(layers.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Anna Lindqvist");
        Assert.Contains(layers.GetProperty("time_expressions").EnumerateArray(), t => t.GetProperty("value").GetString() == "2024-03-11");
    }

    [Fact]
    public async Task Brief_shows_people_quotes_and_the_resolved_weekday()
    {
        var r = await CliProcess.RunAsync(["analyze", "-", "--as", "text", "--published", "2024-03-14", "--format", "brief"], stdin: Story);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("## Who's who", r.Stdout);
        Assert.Contains("Anna Lindqvist", r.Stdout);
        Assert.Contains("## Who said what", r.Stdout);
        Assert.Contains("(anonymous)", r.Stdout);
        Assert.Contains("2024-03-11", r.Stdout);
    }

    [Fact]
    public async Task Extract_json_is_accepted_as_input()
    {
        var extracted = await CliProcess.RunAsync(["extract", "-", "--as", "text", "--format", "json"], stdin: Story);
        var r = await CliProcess.RunAsync(["analyze", "-", "--published", "2024-03-14"], stdin: extracted.Stdout);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("Junta in Valdoria refuses to free president", doc.RootElement.GetProperty("article").GetProperty("title").GetString());
        Assert.True(doc.RootElement.GetProperty("layers").GetProperty("sentences").GetArrayLength() >= 4);
    }

    [Fact]
    public async Task A_json_array_from_an_extract_batch_is_analyzed_article_by_article()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-analyze-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), Story);
            File.WriteAllText(Path.Combine(dir.FullName, "b.txt"), "Harbour reopens after storm\n\nThe port of Kessel reopened on Tuesday after a storm closed it for two days, the harbour master said.\n");
            var extracted = await CliProcess.RunAsync(["extract", dir.FullName, "--format", "json", "--no-progress"]);
            Assert.StartsWith("[", extracted.Stdout.TrimStart());
            var batch = Path.Combine(dir.FullName, "batch.json");
            File.WriteAllText(batch, extracted.Stdout);

            var r = await CliProcess.RunAsync(["analyze", batch, "--format", "json"]);
            Assert.Equal(0, r.ExitCode);
            using var doc = JsonDocument.Parse(r.Stdout);
            var titles = doc.RootElement.EnumerateArray().Select(a => a.GetProperty("article").GetProperty("title").GetString()).ToList();
            Assert.Equal(2, titles.Count);
            Assert.Contains("Junta in Valdoria refuses to free president", titles);
            Assert.Contains("Harbour reopens after storm", titles);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public async Task Malformed_json_input_is_a_clear_per_input_error()
    {
        var r = await CliProcess.RunAsync(["analyze", "-", "--as", "json", "--format", "jsonl"], stdin: "{\"text\": \"unterminated");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("analyze.json-malformed", r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("-", doc.RootElement.GetProperty("article").GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_bad_published_date_is_a_usage_error()
    {
        var r = await CliProcess.RunAsync(["analyze", "-", "--published", "last Tuesday"], stdin: Story);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--published", r.Stderr);
    }

    [Fact]
    public async Task Loopback_urls_are_refused_without_allow_private()
    {
        var r = await CliProcess.RunAsync(["analyze", "http://127.0.0.1:9/story.html", "--format", "jsonl"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("fetch.private-address", r.Stderr);
    }

    [Fact]
    public async Task Non_english_text_is_analyzed_with_english_only_layers_skipped_and_said_why()
    {
        var german = "Der Verteidigungsminister sagte am Montag in Berlin, die Truppen würden noch mindestens drei Monate im Land bleiben. Die Opposition kritisierte die Entscheidung scharf und verlangte eine Abstimmung im Parlament.";
        var r = await CliProcess.RunAsync(["analyze", "-", "--as", "text", "--format", "jsonl"], stdin: german);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("analyze.language-unsupported", r.Stdout);
        Assert.Contains("\"language\":\"de\"", r.Stdout);
    }
}
