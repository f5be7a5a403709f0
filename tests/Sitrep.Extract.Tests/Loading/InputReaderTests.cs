using System.IO.Compression;
using System.Text;
using Sitrep.Extract.Loading;

namespace Sitrep.Extract.Tests.Loading;

public sealed class InputReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitrep-input-").FullName;

    private string Write(string relative, string content) => WriteBytes(relative, Encoding.UTF8.GetBytes(content));

    private string WriteBytes(string relative, byte[] content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Gzip(string text)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest)) gz.Write(Encoding.UTF8.GetBytes(text));
        return ms.ToArray();
    }

    private static async Task<List<LoadedInput>> ReadAll(InputReader reader, params string[] inputs)
    {
        var list = new List<LoadedInput>();
        await foreach (var item in reader.ReadAsync(inputs)) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Reads_a_directory_recursively_in_sorted_order_and_skips_other_files()
    {
        Write("b/story2.htm", "<p>two</p>");
        Write("a.html", "<p>one</p>");
        Write("b/c/story3.txt", "three");
        WriteBytes("b/c/story4.html.gz", Gzip("<p>four</p>"));
        WriteBytes("b/photo.jpg", [0xFF, 0xD8]);
        Write("z.css", "body{}");
        using var reader = new InputReader();
        var items = await ReadAll(reader, _root);
        Assert.All(items, i => Assert.Null(i.Problem));
        Assert.Equal(["a.html", "b/story2.htm", "b/c/story3.txt", "b/c/story4.html.gz"],
            items.Select(i => Path.GetRelativePath(_root, i.Source).Replace('\\', '/')));
        Assert.Equal("<p>four</p>", Encoding.UTF8.GetString(items[3].Input!.Bytes.Span));
        Assert.True(items[2].Input!.IsPlainText);
        Assert.Null(items[0].Input!.IsPlainText);
    }

    [Fact]
    public async Task Reports_a_missing_path_and_goes_on()
    {
        var ok = Write("ok.html", "<p>fine</p>");
        using var reader = new InputReader();
        var items = await ReadAll(reader, Path.Combine(_root, "nope.html"), ok);
        Assert.Equal("input.not-found", items[0].Problem?.Code);
        Assert.Equal(Path.Combine(_root, "nope.html"), items[0].Problem!.Source);
        Assert.True(items[1].Succeeded);
    }

    [Fact]
    public async Task Reports_an_unsupported_file_type_given_directly()
    {
        var pdf = WriteBytes("report.pdf", "%PDF-1.7"u8.ToArray());
        using var reader = new InputReader();
        var items = await ReadAll(reader, pdf);
        Assert.Equal("input.unsupported-type", items.Single().Problem?.Code);
        Assert.Contains(".pdf", items.Single().Problem!.Message);
    }

    [Fact]
    public async Task Reports_corrupt_gzip()
    {
        var good = Gzip("<p>" + new string('x', 5000) + "</p>");
        good[good.Length / 2] ^= 0xFF;
        good[good.Length / 2 + 1] ^= 0xFF;
        var corrupt = WriteBytes("broken.html.gz", good[..(good.Length - 6)]);
        var notGzip = Write("plain.html.gz", "<p>not compressed</p>");
        using var reader = new InputReader();
        var items = await ReadAll(reader, corrupt, notGzip);
        Assert.All(items, i => Assert.Equal("input.gzip-corrupt", i.Problem?.Code));
    }

    [Fact]
    public async Task Refuses_a_gzip_file_that_inflates_past_the_limit()
    {
        var bomb = WriteBytes("bomb.html.gz", Gzip(new string(' ', 2_000_000)));
        using var reader = new InputReader(maxBytes: 100_000);
        var items = await ReadAll(reader, bomb);
        Assert.Equal("input.too-large", items.Single().Problem?.Code);
    }

    [Fact]
    public async Task Refuses_a_file_over_the_limit()
    {
        var big = Write("big.html", new string('x', 10_000));
        using var reader = new InputReader(maxBytes: 1_000);
        var items = await ReadAll(reader, big);
        Assert.Equal("input.too-large", items.Single().Problem?.Code);
    }

    [Fact]
    public async Task Reads_standard_input_for_a_dash_including_gzip()
    {
        var reader = new InputReader(openStdin: () => new MemoryStream(Gzip("<p>piped</p>")));
        using (reader)
        {
            var item = (await ReadAll(reader, "-")).Single();
            Assert.Equal("-", item.Source);
            Assert.Equal("<p>piped</p>", Encoding.UTF8.GetString(item.Input!.Bytes.Span));
        }
    }

    [Fact]
    public async Task Reports_empty_standard_input()
    {
        using var reader = new InputReader(openStdin: () => new MemoryStream());
        Assert.Equal("input.empty", (await ReadAll(reader, "-")).Single().Problem?.Code);
    }

    [Fact]
    public async Task Fetches_urls_through_the_page_fetcher()
    {
        using var server = new LocalServer();
        server.OnBytes("/news/1", "<p>from the web</p>"u8.ToArray(), "text/html; charset=utf-8");
        server.OnRedirect("/short", "/news/1");
        using var fetcher = new PageFetcher(new FetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(10) });
        using var reader = new InputReader(fetcher);
        var items = await ReadAll(reader, server.Url("/short"), server.Url("/gone"));
        Assert.Equal(server.Url("/news/1"), items[0].Input!.Url);
        Assert.Equal(server.Url("/short"), items[0].Input!.Source);
        Assert.Equal("text/html; charset=utf-8", items[0].Input!.ContentType);
        Assert.Equal("fetch.http-status", items[1].Problem?.Code);
    }

    [Fact]
    public async Task Html_served_as_text_plain_is_read_as_html_and_real_text_as_text()
    {
        using var server = new LocalServer();
        server.OnBytes("/page", "\n<!DOCTYPE html><html><body><p>from the web</p></body></html>"u8.ToArray(), "text/plain; charset=utf-8");
        server.OnBytes("/notes", "<Reuters> Markets rose on Monday.\n"u8.ToArray(), "text/plain; charset=utf-8");
        using var fetcher = new PageFetcher(new FetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(10) });
        using var reader = new InputReader(fetcher);
        var items = await ReadAll(reader, server.Url("/page"), server.Url("/notes"));
        Assert.Null(items[0].Input!.IsPlainText);
        Assert.True(items[1].Input!.IsPlainText);
    }

    [Fact]
    public async Task Reports_a_file_that_vanishes_during_a_directory_walk()
    {
        for (int i = 0; i < 50; i++) Write($"many/{i:D3}.html", "<p>x</p>");
        using var reader = new InputReader();
        await using var e = reader.ReadAsync([Path.Combine(_root, "many")]).GetAsyncEnumerator();
        Assert.True(await e.MoveNextAsync());
        Assert.EndsWith("000.html", e.Current.Source);
        File.Delete(Path.Combine(_root, "many", "049.html"));
        var rest = new List<LoadedInput>();
        while (await e.MoveNextAsync()) rest.Add(e.Current);
        Assert.Equal(49, rest.Count);
        Assert.All(rest[..^1], i => Assert.True(i.Succeeded));
        Assert.Equal("input.unreadable", rest[^1].Problem?.Code);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_truncated_gzip_file_is_reported_not_read_as_complete()
    {
        var full = Gzip(string.Concat(Enumerable.Repeat("The council met on Tuesday and voted on the harbour budget. ", 200)));
        var path = WriteBytes("cut.html.gz", full[..^20]);
        var item = Assert.Single(await ReadAll(new InputReader(), path));
        Assert.Equal("input.gzip-corrupt", item.Problem?.Code);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_directory_link_back_up_the_tree_is_not_followed()
    {
        Write("a/story.html", "<p>one</p>");
        Directory.CreateSymbolicLink(Path.Combine(_root, "a", "back"), _root);
        var items = await Task.Run(() => ReadAll(new InputReader(), _root));
        Assert.Single(items);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_pipe_named_like_a_page_in_a_directory_does_not_block_the_walk()
    {
        if (OperatingSystem.IsWindows()) return;
        Write("story.html", "<p>one</p>");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_root, "pipe.html"))) mkfifo.WaitForExit();
        var items = await Task.Run(() => ReadAll(new InputReader(), _root));
        Assert.Equal(2, items.Count);
        Assert.Equal("input.empty", items.Single(i => i.Source.EndsWith("pipe.html")).Problem?.Code);
    }
}
