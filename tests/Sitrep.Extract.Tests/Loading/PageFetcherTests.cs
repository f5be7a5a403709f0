using System.IO.Compression;
using System.Text;
using Sitrep.Extract.Loading;

namespace Sitrep.Extract.Tests.Loading;

public sealed class PageFetcherTests : IDisposable
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><head><title>Lokales</title></head><body><p>Grüße aus dem Rathaus.</p></body></html>");
    private readonly LocalServer _server = new();

    private static PageFetcher Fetcher(Action<FetchOptions>? configure = null)
    {
        var options = new FetchOptions { AllowPrivate = true, Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return new PageFetcher(options);
    }

    [Fact]
    public async Task Fetches_a_page_with_its_content_type()
    {
        _server.OnBytes("/story", Page);
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_server.Url("/story"));
        Assert.Null(result.Problem);
        Assert.Equal(Page, result.Page!.Body.ToArray());
        Assert.Equal(200, result.Page.StatusCode);
        Assert.StartsWith("text/html", result.Page.ContentType);
    }

    [Fact]
    public async Task Sends_the_configured_user_agent()
    {
        string? seen = null;
        _server.On("/ua", async (ctx, ct) => { seen = ctx.Request.UserAgent; await ctx.Response.OutputStream.WriteAsync(Page, ct); ctx.Response.Close(); });
        using var fetcher = Fetcher(o => o.UserAgent = "SitrepTest/2.0");
        await fetcher.FetchAsync(_server.Url("/ua"));
        Assert.Equal("SitrepTest/2.0", seen);
    }

    [Fact]
    public async Task Follows_relative_and_absolute_redirects_and_reports_the_final_url()
    {
        _server.OnRedirect("/old", "/middle", 301).OnRedirect("/middle", _server.Url("/new"), 307).OnBytes("/new", Page);
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_server.Url("/old"));
        Assert.Null(result.Problem);
        Assert.Equal(_server.Url("/new"), result.Page!.Url);
        Assert.Equal(_server.Url("/old"), result.Page.RequestedUrl);
    }

    [Fact]
    public async Task Reports_a_redirect_loop()
    {
        _server.OnRedirect("/a", "/b").OnRedirect("/b", "/a");
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_server.Url("/a"));
        Assert.Equal("fetch.redirect-loop", result.Problem?.Code);
        Assert.Equal(_server.Url("/a"), result.Problem!.Source);
    }

    [Fact]
    public async Task Stops_after_the_redirect_cap()
    {
        for (int i = 0; i < 10; i++) _server.OnRedirect($"/hop{i}", $"/hop{i + 1}");
        using var fetcher = Fetcher(o => o.MaxRedirects = 3);
        var result = await fetcher.FetchAsync(_server.Url("/hop0"));
        Assert.Equal("fetch.too-many-redirects", result.Problem?.Code);
        Assert.Equal(4, _server.Requests);
    }

    [Fact]
    public async Task Refuses_a_body_over_the_size_cap_declared_in_content_length()
    {
        _server.OnBytes("/big", new byte[200_000]);
        using var fetcher = Fetcher(o => o.MaxBytes = 100_000);
        var result = await fetcher.FetchAsync(_server.Url("/big"));
        Assert.Equal("fetch.too-large", result.Problem?.Code);
    }

    [Fact]
    public async Task Stops_reading_a_streamed_body_past_the_size_cap()
    {
        _server.On("/endless", async (ctx, ct) =>
        {
            ctx.Response.SendChunked = true;
            var chunk = new byte[16_384];
            for (int i = 0; i < 10_000 && !ct.IsCancellationRequested; i++) await ctx.Response.OutputStream.WriteAsync(chunk, ct);
            ctx.Response.Close();
        });
        using var fetcher = Fetcher(o => o.MaxBytes = 100_000);
        var result = await fetcher.FetchAsync(_server.Url("/endless"));
        Assert.Equal("fetch.too-large", result.Problem?.Code);
    }

    [Fact]
    public async Task Caps_the_decompressed_size_of_a_gzip_bomb()
    {
        _server.OnBytes("/bomb", Compress(new byte[5_000_000], s => new GZipStream(s, CompressionLevel.Optimal)), contentEncoding: "gzip");
        using var fetcher = Fetcher(o => o.MaxBytes = 1_000_000);
        var result = await fetcher.FetchAsync(_server.Url("/bomb"));
        Assert.Equal("fetch.too-large", result.Problem?.Code);
    }

    [Fact]
    public async Task Times_out_on_a_slow_server()
    {
        _server.On("/slow", async (ctx, ct) => { await Task.Delay(TimeSpan.FromSeconds(30), ct); ctx.Response.Close(); });
        using var fetcher = Fetcher(o => o.Timeout = TimeSpan.FromMilliseconds(500));
        var result = await fetcher.FetchAsync(_server.Url("/slow"));
        Assert.Equal("fetch.timeout", result.Problem?.Code);
    }

    [Fact]
    public async Task Times_out_on_a_body_that_trickles()
    {
        _server.On("/trickle", async (ctx, ct) =>
        {
            ctx.Response.SendChunked = true;
            for (int i = 0; i < 100; i++) { await ctx.Response.OutputStream.WriteAsync("<p>x</p>"u8.ToArray(), ct); await ctx.Response.OutputStream.FlushAsync(ct); await Task.Delay(200, ct); }
            ctx.Response.Close();
        });
        using var fetcher = Fetcher(o => o.Timeout = TimeSpan.FromSeconds(1));
        var result = await fetcher.FetchAsync(_server.Url("/trickle"));
        Assert.Equal("fetch.timeout", result.Problem?.Code);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Decompresses_encoded_bodies(string encoding)
    {
        byte[] body = encoding switch
        {
            "gzip" => Compress(Page, s => new GZipStream(s, CompressionLevel.Optimal)),
            "br" => Compress(Page, s => new BrotliStream(s, CompressionLevel.Optimal)),
            _ => Compress(Page, s => new ZLibStream(s, CompressionLevel.Optimal)),
        };
        _server.OnBytes("/z", body, contentEncoding: encoding);
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_server.Url("/z"));
        Assert.Null(result.Problem);
        Assert.Equal(Page, result.Page!.Body.ToArray());
    }

    [Fact]
    public async Task Reports_http_error_status_with_code()
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_server.Url("/missing"));
        Assert.Equal("fetch.http-status", result.Problem?.Code);
        Assert.Contains("404", result.Problem!.Message);
        Assert.True(result.Problem.IsFatal);
    }

    [Fact]
    public async Task Refuses_binary_content_types()
    {
        _server.OnBytes("/photo", [0x89, 0x50, 0x4E, 0x47], "image/png");
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(_server.Url("/photo"));
        Assert.Equal("fetch.unsupported-type", result.Problem?.Code);
    }

    [Fact]
    public async Task Reports_a_refused_connection()
    {
        int closedPort;
        using (var s = new LocalServer()) closedPort = s.Port;
        using var fetcher = Fetcher(o => o.Timeout = TimeSpan.FromSeconds(5));
        var result = await fetcher.FetchAsync($"http://127.0.0.1:{closedPort}/");
        Assert.Contains(result.Problem?.Code, new[] { "fetch.connection-failed", "fetch.timeout" });
    }

    [Theory]
    [InlineData("http://127.0.0.1/")]
    [InlineData("http://10.0.0.8/admin")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://0.0.0.0/")]
    public async Task Refuses_private_addresses_unless_allowed(string url)
    {
        using var fetcher = new PageFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(5) });
        var result = await fetcher.FetchAsync(url);
        Assert.Equal("fetch.private-address", result.Problem?.Code);
        Assert.Equal(url, result.Problem!.Source);
    }

    [Fact]
    public async Task Refuses_a_host_name_that_resolves_to_loopback_before_any_request()
    {
        _server.OnBytes("/", Page);
        using var fetcher = new PageFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(5) });
        var result = await fetcher.FetchAsync($"http://localhost:{_server.Port}/");
        Assert.Equal("fetch.private-address", result.Problem?.Code);
        Assert.Equal(0, _server.Requests);
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    public async Task Rejects_non_http_urls(string url)
    {
        using var fetcher = Fetcher();
        var result = await fetcher.FetchAsync(url);
        Assert.Equal("fetch.invalid-url", result.Problem?.Code);
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> wrap)
    {
        using var ms = new MemoryStream();
        using (var z = wrap(ms)) z.Write(data);
        return ms.ToArray();
    }

    public void Dispose() => _server.Dispose();
}
