using System.Text;

namespace Sitrep.Extract.Tests.Content;

/// <summary>Bad input ends in a clear Problem or a bounded partial result, never a crash or a hang. Each test runs
/// under a timeout so a hang fails instead of blocking the run.</summary>
public sealed class HostileInputTests
{
    private static readonly ArticleExtractor Extractor = new(new ExtractOptions { DetectLanguage = false });

    private static Task<ExtractionResult> ExtractAsync(string html, ExtractOptions? options = null)
        => Task.Run(() => (options is null ? Extractor : new ArticleExtractor(options)).ExtractHtml(html, "test.html"));

    [Fact(Timeout = 300_000)]
    public async Task Empty_input_is_refused_with_extract_empty()
    {
        var result = await Task.Run(() => Extractor.Extract(new ExtractInput("empty.html", ReadOnlyMemory<byte>.Empty)));
        Assert.True(result.Failed);
        Assert.Contains(result.Problems, p => p.Code == "extract.empty" && p.IsFatal);
    }

    [Fact(Timeout = 300_000)]
    public async Task Empty_html_string_gives_an_empty_non_article()
    {
        var result = await ExtractAsync("");
        Assert.False(result.IsArticle);
        Assert.Equal("", result.Document!.Text);
        Assert.False(string.IsNullOrEmpty(result.NotArticleReason));
    }

    [Theory(Timeout = 300_000)]
    [InlineData("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n\u0000\u0001\u0002\u00ff\u00fe")]
    [InlineData("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000")]
    public async Task Binary_bytes_are_refused_with_extract_binary(string header)
    {
        var bytes = Encoding.Latin1.GetBytes(header + new string('\u00a7', 2000));
        var result = await Task.Run(() => Extractor.Extract(new ExtractInput("file.bin", bytes)));
        Assert.False(result.IsArticle);
        Assert.Contains(result.Problems, p => p.Code == "extract.binary" && p.IsFatal);
    }

    [Theory(Timeout = 300_000)]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(2025)]
    public async Task Random_bytes_are_refused_with_extract_binary(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        bytes[0] = (byte)'a'; // no signature helps: only the share of control bytes tells
        var result = await Task.Run(() => Extractor.Extract(new ExtractInput("noise.html", bytes)));
        Assert.Contains(result.Problems, p => p.Code == "extract.binary" && p.IsFatal);
    }

    [Fact(Timeout = 300_000)]
    public async Task Latin1_text_with_a_stray_control_character_is_not_binary()
    {
        var text = "Die Stadtwerke erhöhen die Preise für Fernwärme ab März um zwölf Prozent.\u000B " + string.Concat(Enumerable.Repeat("Der Gemeinderat stimmte am Dienstag zu. ", 40));
        var bytes = Encoding.Latin1.GetBytes(text);
        var result = await Task.Run(() => Extractor.Extract(new ExtractInput("stadtwerke.txt", bytes)));
        Assert.DoesNotContain(result.Problems, p => p.Code == "extract.binary");
    }

    [Fact(Timeout = 300_000)]
    public async Task Random_bytes_inside_a_page_do_not_crash_extraction()
    {
        var random = new Random(7);
        var junk = new byte[200_000];
        random.NextBytes(junk);
        var page = new StringBuilder("<html><body>");
        for (int i = 0; i < 20; i++)
            page.Append("<p>A paragraph of ordinary text between the junk, long enough to be read as prose.</p><div>").Append(Encoding.Latin1.GetString(junk, i * 10_000, 10_000).Replace('\0', ' ')).Append("</div>");
        var result = await ExtractAsync(page.ToString());
        Assert.NotNull(result.Document);
        Assert.Contains("A paragraph of ordinary text between the junk", result.Document.Text);
    }

    [Fact(Timeout = 300_000)]
    public async Task Nesting_100000_levels_deep_is_flattened_with_a_warning()
    {
        const int depth = 100_000;
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++) sb.Append("<div>");
        sb.Append("<p>The innermost paragraph still carries the article text, long enough to count as running prose for the extractor.</p>");
        for (int i = 0; i < depth; i++) sb.Append("</div>");
        sb.Append("</body></html>");

        var result = await ExtractAsync(sb.ToString());

        Assert.Contains(result.Problems, p => p.Code == "extract.too-deep" && !p.IsFatal);
        Assert.Contains("innermost paragraph", result.Document!.Text);
    }

    [Fact(Timeout = 300_000)]
    public async Task Unclosed_tags_still_yield_their_text()
    {
        const string html = "<html><body><div class='story'><p>First paragraph of a story whose tags are never closed, written long enough to be prose.<p>Second paragraph <b>with bold <i>and italic text that runs on, also long enough to count as prose.<div><p>Third";
        var result = await ExtractAsync(html);
        var text = result.Document!.Text;
        Assert.Contains("First paragraph of a story", text);
        Assert.Contains("and italic text that runs on", text);
    }

    [Fact(Timeout = 240000)]
    public async Task A_50_MB_page_is_cut_at_the_element_limit_with_a_warning()
    {
        var paragraph = "<p>Council members debated the budget for several hours, and the vote was postponed until next week.</p>\n";
        var sb = new StringBuilder(52 * 1024 * 1024);
        sb.Append("<html><body><article>");
        while (sb.Length < 50 * 1024 * 1024) sb.Append(paragraph);
        sb.Append("</article></body></html>");

        // The time limit is not under test here; a loaded CI machine must not turn this into extract.timeout.
        var result = await ExtractAsync(sb.ToString(), new ExtractOptions { TimeLimit = TimeSpan.FromMinutes(3) });

        Assert.NotNull(result.Document);
        Assert.Contains(result.Problems, p => p.Code == "extract.truncated" && !p.IsFatal);
        Assert.Contains("Council members debated the budget", result.Document!.Text);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_page_over_the_input_limit_is_refused_with_extract_too_large()
    {
        var result = await ExtractAsync(new string('x', 2000), new ExtractOptions { MaxInputBytes = 1000, DetectLanguage = false });
        Assert.True(result.Failed);
        Assert.Contains(result.Problems, p => p.Code == "extract.too-large" && p.IsFatal);
    }

    [Fact(Timeout = 300_000)]
    public async Task Too_many_elements_keeps_what_came_first_with_a_warning()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 5000; i++) sb.Append("<p>Paragraph number ").Append(i).Append(" of a very long page, with enough words to count as prose here.</p>");
        sb.Append("</body></html>");
        var result = await ExtractAsync(sb.ToString(), new ExtractOptions { MaxElements = 1000, DetectLanguage = false });
        Assert.Contains(result.Problems, p => p.Code is "extract.too-many-elements" or "extract.truncated");
        Assert.Contains("Paragraph number 0 ", result.Document!.Text);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_cancelled_token_stops_extraction()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => Extractor.ExtractHtml("<p>text</p>", "t.html", null, cts.Token)));
    }

    [Fact(Timeout = 300_000)]
    public async Task A_tiny_time_limit_gives_a_timeout_problem_instead_of_hanging()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 20000; i++) sb.Append("<div><span>cell ").Append(i).Append("</span></div>");
        var options = new ExtractOptions { TimeLimit = TimeSpan.FromTicks(1), DetectLanguage = false };
        var result = await ExtractAsync(sb.ToString(), options);
        Assert.Contains(result.Problems, p => p.Code == "extract.timeout");
    }
}
