using System.IO.Compression;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ExtractCommandTests
{
    private const string Article = """
        Port Halden dockworkers extend strike

        About 2,300 workers walked off the job last week, leaving roughly 140 ships waiting offshore, union leaders said on Tuesday.

        Get Breaking Harbour News Daily - Join "The Quayside Brief" Newsletter!

        “We are not asking for the moon,” said union secretary Elena Marsh.
        """;

    private const string Page = """
        <!doctype html><html lang="en"><head><title>Council approves harbour budget | The Coastal Ledger</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Council approves harbour budget</h1>
        <p>The city council approved the harbour budget on Tuesday after a debate that ran past midnight, members said.</p>
        <p>The plan sets aside money for dredging, new cranes and a training programme for young dockworkers over three years.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task Help_lists_the_extract_command_and_exits_zero()
    {
        var r = await CliProcess.RunAsync(["--help"]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("extract", r.Stdout);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var r = await CliProcess.RunAsync(["extract", "--no-such-flag", "x.html"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--no-such-flag", r.Stderr);
    }

    [Fact]
    public async Task Text_from_stdin_is_cleaned_and_printed_as_json()
    {
        var r = await CliProcess.RunAsync(["extract", "-", "--as", "text", "--format", "json"], stdin: Article);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("-", root.GetProperty("source").GetString());
        Assert.Equal("Port Halden dockworkers extend strike", root.GetProperty("title").GetString());
        Assert.True(root.GetProperty("is_article").GetBoolean());
        Assert.DoesNotContain("Newsletter", root.GetProperty("text").GetString());
        Assert.Equal(1, root.GetProperty("removed").GetProperty("newsletter").GetInt32());
        foreach (var field in new[] { "url", "authors", "published", "modified", "site_name", "language", "description", "image", "section", "tags", "syndication", "paragraphs", "problems" })
            Assert.True(root.TryGetProperty(field, out _), $"missing field {field}");
    }

    [Theory]
    [InlineData("<meta property='article:published_time' content='2025-06-02T16:45:00'>", "2025-06-02T16:45:00")]
    [InlineData("<meta property='article:published_time' content='2025-06-02T16:45:00+02:00'>", "2025-06-02T16:45:00+02:00")]
    [InlineData("<meta property='article:published_time' content='2025-06-02'>", "2025-06-02")]
    public async Task Published_is_written_with_an_offset_only_when_the_page_gave_one(string meta, string expected)
    {
        var page = Page.Replace("<title>", meta + "<title>");
        var r = await CliProcess.RunAsync(["extract", "-", "--format", "json"], stdin: page);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(expected, doc.RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public async Task One_missing_input_does_not_stop_the_batch_and_exits_1()
    {
        var dir = CliProcess.TempDir();
        var good = Path.Combine(dir, "good.html");
        File.WriteAllText(good, Page);
        var r = await CliProcess.RunAsync(["extract", Path.Combine(dir, "missing.html"), good, "--format", "jsonl"]);
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("input.not-found", lines[0]);
        Assert.Contains("harbour budget", lines[1]);
        Assert.Contains("missing.html", r.Stderr);
    }

    [Fact]
    public async Task A_directory_is_read_recursively_including_gzipped_pages()
    {
        var dir = CliProcess.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "a.html"), Page);
        File.WriteAllText(Path.Combine(dir, "sub", "b.txt"), Article);
        File.WriteAllText(Path.Combine(dir, "ignored.css"), "body{}");
        using (var gz = new GZipStream(File.Create(Path.Combine(dir, "sub", "c.html.gz")), CompressionLevel.Fastest))
            gz.Write(System.Text.Encoding.UTF8.GetBytes(Page));
        var r = await CliProcess.RunAsync(["extract", dir, "--format", "json"]);
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(3, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Markdown_output_escapes_what_the_page_says_so_it_renders_as_text()
    {
        const string page = """
            <html><head><title>*Exclusive*: [Update] on the_harbour deal</title></head><body><article>
            <h1>*Exclusive*: [Update] on the_harbour deal</h1>
            <p>1. FC Hafenstadt won the cup on Sunday, the club said, after a penalty shoot-out that lasted eleven rounds.</p>
            <p>&lt;script&gt;alert(1)&lt;/script&gt; was the text a reader posted under the story, the moderators said on Monday.</p>
            </article></body></html>
            """;
        var r = await CliProcess.RunAsync(["extract", "-", "--format", "markdown"], stdin: page);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith(@"# \*Exclusive\*: \[Update\] on the\_harbour deal", r.Stdout);
        Assert.Contains("\n1\\. FC Hafenstadt won", r.Stdout);
        Assert.Contains(@"\<script\>alert(1)\</script\>", r.Stdout);
        Assert.DoesNotContain("<script>", r.Stdout);
    }

    [Fact]
    public async Task Markdown_output_has_a_title_and_facts()
    {
        var r = await CliProcess.RunAsync(["extract", "-", "--as", "text", "--format", "markdown"], stdin: Article);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# Port Halden dockworkers extend strike", r.Stdout);
        Assert.Contains("- **Source:** -", r.Stdout);
    }

    [Fact]
    public async Task A_bad_configuration_value_stops_with_exit_2_naming_the_key()
    {
        var r = await CliProcess.RunAsync(["extract", "-"], stdin: Article, env: new Dictionary<string, string> { ["SITREP_Extract__MaxInputBytes"] = "lots" });
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("MaxInputBytes", r.Stderr);
        Assert.Contains("a whole number", r.Stderr);
        Assert.DoesNotContain("System.", r.Stderr);
    }

    [Fact]
    public async Task A_malformed_appsettings_file_stops_with_exit_2_naming_the_file()
    {
        var dir = CliProcess.TempDir();
        File.WriteAllText(Path.Combine(dir, "appsettings.json"), "{ \"Extract\": { \"MaxDepth\": 10, }");
        var r = await CliProcess.RunAsync(["extract", "-"], stdin: Article, workingDirectory: dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("appsettings.json", r.Stderr);
        Assert.Contains("LineNumber", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public async Task Configured_size_limit_refuses_big_input_with_a_clear_problem()
    {
        var r = await CliProcess.RunAsync(["extract", "-", "--format", "jsonl"], stdin: Article, env: new Dictionary<string, string> { ["SITREP_Extract__MaxInputBytes"] = "10" });
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("input.too-large", r.Stdout);
        Assert.Contains("Extract:MaxInputBytes", r.Stderr);
    }

    [Fact]
    public async Task Empty_input_is_a_per_input_error()
    {
        var r = await CliProcess.RunAsync(["extract", "-", "--format", "jsonl"], stdin: "");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("input.empty", r.Stdout);
    }

    [Fact]
    public async Task An_empty_file_and_a_folder_with_nothing_to_read_are_per_input_errors()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-empty-");
        try
        {
            var empty = Path.Combine(dir.FullName, "empty.html");
            File.WriteAllText(empty, "");
            var notes = Directory.CreateDirectory(Path.Combine(dir.FullName, "notes"));
            File.WriteAllText(Path.Combine(notes.FullName, "readme.md"), "# not a page");

            var r = await CliProcess.RunAsync(["extract", empty, notes.FullName, "--format", "jsonl", "--no-progress"]);
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("input.empty", r.Stdout);
            Assert.Contains("input.no-pages", r.Stdout);
            Assert.Contains("input.no-pages", r.Stderr);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public async Task Standard_input_named_twice_is_a_usage_error()
    {
        var r = await CliProcess.RunAsync(["extract", "-", "-"], stdin: "Some text.");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("standard input (-) can be named only once", r.Stderr);
    }
}
