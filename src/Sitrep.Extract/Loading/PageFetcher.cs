using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Sitrep.Core;

namespace Sitrep.Extract.Loading;

/// <summary>Fetches one page over HTTP(S) with a real <see cref="SocketsHttpHandler"/>: one timeout for the whole
/// fetch, a body size cap (counted while streaming, after decompression, so a gzip bomb stops at the cap),
/// redirects followed one hop at a time so each hop is checked, gzip/brotli/deflate decompression, and refusal of
/// private addresses in the connect callback (every resolved address is checked right before connecting, which
/// also covers DNS rebinding). Every failure is a <see cref="Problem"/> with a stable fetch.* code. Thread-safe.</summary>
public sealed class PageFetcher : IDisposable
{
    private const string Stage = "fetch";
    private const int ReadBufferBytes = 64 * 1024;

    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public PageFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            // A proxy would connect on our behalf and bypass the address check.
            UseProxy = false,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    public FetchOptions Options => _options;

    /// <summary>Fetches <paramref name="url"/>; never throws for network or server trouble, only when
    /// <paramref name="ct"/> is cancelled by the caller.</summary>
    public async Task<FetchResult> FetchAsync(string url, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var current) || current.Scheme is not ("http" or "https"))
            return Fail(url, "fetch.invalid-url", "not an absolute http(s) URL");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_options.Timeout);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            for (int hop = 0; ; hop++)
            {
                if (!_options.AllowPrivate && IPAddress.TryParse(current.IdnHost.Trim('[', ']'), out var literal) && !AddressGuard.IsPublic(literal))
                    return Fail(url, "fetch.private-address", $"{current.Host} is a private, loopback, link-local or unspecified address; refused (set Fetch:AllowPrivate to allow)");
                if (!visited.Add(current.AbsoluteUri))
                    return Fail(url, "fetch.redirect-loop", $"redirects loop back to {current.AbsoluteUri} after {hop} hop(s)");

                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
                request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;

                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    var location = response.Headers.Location;
                    if (location is null)
                        return Fail(url, "fetch.http-status", $"HTTP {status} redirect without a Location header from {current.AbsoluteUri}");
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (next.Scheme is not ("http" or "https"))
                        return Fail(url, "fetch.invalid-url", $"redirect from {current.AbsoluteUri} to a non-http(s) URL {next}");
                    if (hop >= _options.MaxRedirects)
                        return Fail(url, "fetch.too-many-redirects", $"more than {_options.MaxRedirects} redirects (Fetch:MaxRedirects); last to {next.AbsoluteUri}");
                    current = next;
                    continue;
                }
                if (status is < 200 or > 299)
                    return Fail(url, "fetch.http-status", $"HTTP {status} {response.ReasonPhrase} from {current.AbsoluteUri}");

                var contentType = response.Content.Headers.ContentType?.ToString();
                if (!IsTextual(response.Content.Headers.ContentType))
                    return Fail(url, "fetch.unsupported-type", $"the server sent {contentType}, not HTML or text");
                if (response.Content.Headers.ContentLength is long declared && declared > _options.MaxBytes)
                    return Fail(url, "fetch.too-large", $"the body is {declared:N0} bytes, over the limit of {_options.MaxBytes:N0} (Fetch:MaxBytes)");

                await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
                var body = await ReadCappedAsync(stream, _options.MaxBytes, deadline.Token).ConfigureAwait(false);
                if (body is null)
                    return Fail(url, "fetch.too-large", $"the body exceeds the limit of {_options.MaxBytes:N0} bytes (Fetch:MaxBytes); stopped reading");
                return new FetchResult(new FetchedPage(url, current.AbsoluteUri, status, contentType, body), null);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Fail(url, "fetch.timeout", $"no complete response within {_options.Timeout.TotalSeconds:0.#} s (Fetch:Timeout)");
        }
        catch (HttpRequestException ex) when (Find<PrivateAddressException>(ex) is { } p)
        {
            return Fail(url, "fetch.private-address", p.Message + "; refused (set Fetch:AllowPrivate to allow)");
        }
        catch (HttpRequestException ex) when (Find<SocketException>(ex) is { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain })
        {
            return Fail(url, "fetch.dns", $"the host {current.Host} could not be resolved");
        }
        catch (HttpRequestException ex)
        {
            return Fail(url, "fetch.connection-failed", $"could not get {current.AbsoluteUri}: {Innermost(ex).Message}");
        }
        catch (InvalidDataException ex)
        {
            return Fail(url, "fetch.corrupt-body", $"the compressed body from {current.AbsoluteUri} is corrupt: {ex.Message}");
        }
        catch (IOException ex)
        {
            return Fail(url, "fetch.connection-failed", $"the connection to {current.Host} broke while reading: {Innermost(ex).Message}");
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        if (!_options.AllowPrivate)
            foreach (var a in addresses)
                if (!AddressGuard.IsPublic(a)) throw new PrivateAddressException(host, a);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Reads the whole stream, or returns null as soon as it passes <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
        try
        {
            using var body = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ReadBufferBytes), ct).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > maxBytes) return null;
                body.Write(buffer, 0, read);
            }
            return body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>HTML, XHTML, XML and any text/* (feeds and plain-text articles too); a missing type is allowed.</summary>
    private static bool IsTextual(MediaTypeHeaderValue? type)
    {
        var media = type?.MediaType;
        if (string.IsNullOrEmpty(media)) return true;
        return media.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || media.Contains("html", StringComparison.OrdinalIgnoreCase)
            || media.EndsWith("xml", StringComparison.OrdinalIgnoreCase);
    }

    private static T? Find<T>(Exception ex) where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is T t) return t;
        return null;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }

    private static FetchResult Fail(string url, string code, string message)
        => new(null, new Problem(code, message, Stage, url) { IsFatal = true });

    public void Dispose() => _client.Dispose();
}
