namespace Sitrep.Extract.Loading;

/// <summary>A page fetched over HTTP: the final URL after redirects, the decompressed body and its Content-Type.</summary>
public sealed record FetchedPage(string RequestedUrl, string Url, int StatusCode, string? ContentType, ReadOnlyMemory<byte> Body);
