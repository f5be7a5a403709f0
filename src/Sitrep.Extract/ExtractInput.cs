namespace Sitrep.Extract;

/// <summary>Raw input for extraction: the bytes plus what is known about them.</summary>
/// <param name="Source">The input as given by the user (path, URL or "-").</param>
/// <param name="Url">Address of the page when known (for resolving links and canonical URL).</param>
/// <param name="ContentType">HTTP Content-Type header when fetched (may carry a charset).</param>
/// <param name="IsPlainText">True for .txt or text/plain input: use text mode instead of HTML.</param>
public sealed record ExtractInput(string Source, ReadOnlyMemory<byte> Bytes, string? Url = null, string? ContentType = null, bool? IsPlainText = null);
