namespace Sitrep.Extract.Loading;

/// <summary>Limits for fetching pages over HTTP (configuration section "Extract:Fetch").</summary>
public sealed class FetchOptions
{
    /// <summary>Time allowed for one fetch, all redirects and the whole body included; past it: fetch.timeout.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Largest body accepted after decompression, in bytes; larger: fetch.too-large.</summary>
    public long MaxBytes { get; set; } = 16L * 1024 * 1024;
    /// <summary>Redirect hops followed before giving up with fetch.too-many-redirects.</summary>
    public int MaxRedirects { get; set; } = 8;
    /// <summary>User-Agent header sent with each request.</summary>
    public string UserAgent { get; set; } = "Sitrep/1.0 (+https://github.com/sitrep; news-intelligence reader)";
    /// <summary>Allow private, loopback, link-local and unspecified addresses. Off by default so that a URL from
    /// a feed or a user cannot reach the local network (SSRF); tests turn it on for their 127.0.0.1 server.</summary>
    public bool AllowPrivate { get; set; }
}
