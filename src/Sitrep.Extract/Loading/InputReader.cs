using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Sitrep.Core;

namespace Sitrep.Extract.Loading;

/// <summary>Turns command-line inputs into a stream of <see cref="LoadedInput"/>: files, directories (recursive,
/// .html/.htm/.xhtml/.txt and their .gz forms, sorted by ordinal name, one directory listing in memory at a time),
/// "-" for standard input, and http(s) URLs through <see cref="PageFetcher"/>. One input's failure is a
/// <see cref="Problem"/> in its item and the stream goes on.</summary>
public sealed class InputReader : IDisposable
{
    private const string Stage = "input";
    private const int ReadBufferBytes = 64 * 1024;

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] TextExtensions = [".txt"];

    private readonly long _maxBytes;
    private readonly Func<Stream> _openStdin;
    private readonly Lazy<PageFetcher> _fetcher;
    private readonly bool _ownsFetcher;

    /// <param name="fetcher">Fetcher for URLs; when null one is made with default <see cref="FetchOptions"/>.</param>
    /// <param name="maxBytes">Largest file or decompressed input accepted (input.too-large beyond).</param>
    /// <param name="openStdin">Opens standard input; tests pass their own stream.</param>
    public InputReader(PageFetcher? fetcher = null, long maxBytes = 64L * 1024 * 1024, Func<Stream>? openStdin = null)
    {
        _maxBytes = maxBytes;
        _openStdin = openStdin ?? Console.OpenStandardInput;
        _ownsFetcher = fetcher is null;
        _fetcher = fetcher is null ? new Lazy<PageFetcher>(() => new PageFetcher()) : new Lazy<PageFetcher>(fetcher);
    }

    public async IAsyncEnumerable<LoadedInput> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var input in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (input == "-")
            {
                yield return await ReadStdinAsync(ct).ConfigureAwait(false);
            }
            else if (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                yield return await FetchAsync(input, ct).ConfigureAwait(false);
            }
            else if (Directory.Exists(input))
            {
                bool any = false;
                foreach (var file in EnumerateSorted(input))
                {
                    any = true;
                    ct.ThrowIfCancellationRequested();
                    // A pipe or device named *.html reports length 0 and would block when opened: in a walk,
                    // an empty-looking file is reported without being opened. (Named on the command line, it is read.)
                    yield return new FileInfo(file) is { Exists: true, Length: 0 }
                        ? Fail(file, "input.empty", "the file is empty (or not a regular file)")
                        : await ReadFileAsync(file, ct).ConfigureAwait(false);
                }
                // A folder with nothing to read is almost always a wrong path or a wrong guess about file types.
                if (!any) yield return Fail(input, "input.no-pages", $"no {(AcceptJson ? ".html, .htm, .xhtml, .txt or .json" : ".html, .htm, .xhtml or .txt")} files (plain or .gz) in this directory or below");
            }
            else if (File.Exists(input))
            {
                yield return !Supported(input)
                    ? Fail(input, "input.unsupported-type", $"unsupported file type '{Path.GetExtension(input)}'; expected .html, .htm, .xhtml, .txt or one of them with .gz")
                    : await ReadFileAsync(input, ct).ConfigureAwait(false);
            }
            else
            {
                yield return Fail(input, "input.not-found", "no such file, directory or URL (URLs must start with http:// or https://)");
            }
        }
    }

    /// <summary>Also read .json files (`sitrep extract` output, for `sitrep analyze`).</summary>
    public bool AcceptJson { get; init; }

    private bool Supported(string path)
        => Kind(path) is not null || (AcceptJson && (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether the file is HTML (false), plain text (true) or unsupported (null), by extension.</summary>
    internal static bool? Kind(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        foreach (var ext in HtmlExtensions) if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var ext in TextExtensions) if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return true;
        return null;
    }

    /// <summary>Supported files under <paramref name="root"/>, depth first, each level sorted by ordinal name;
    /// only one directory's listing is held at a time.</summary>
    private IEnumerable<string> EnumerateSorted(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
                if (Supported(f)) yield return f;
            // Linked directories are not followed: a link back up the tree would loop forever.
            for (int i = dirs.Length - 1; i >= 0; i--)
                if (new DirectoryInfo(dirs[i]).LinkTarget is null) pending.Push(dirs[i]);
        }
    }

    private async Task<LoadedInput> ReadFileAsync(string path, CancellationToken ct)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _maxBytes)
                return Fail(path, "input.too-large", $"the file is {length:N0} bytes, over the limit of {_maxBytes:N0} (Extract:MaxInputBytes)");
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ReadBufferBytes, useAsync: true);
            bool gz = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            var bytes = await ReadAllAsync(file, gz, path, ct).ConfigureAwait(false);
            if (bytes.Problem is not null) return new LoadedInput(path, null, bytes.Problem);
            if (bytes.Data.Length == 0) return Fail(path, "input.empty", "the file is empty");
            return new LoadedInput(path, new ExtractInput(path, bytes.Data, IsPlainText: Kind(path) == true ? true : null), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(path, "input.unreadable", $"could not read the file: {ex.Message}");
        }
    }

    private async Task<LoadedInput> ReadStdinAsync(CancellationToken ct)
    {
        try
        {
            await using var stdin = _openStdin();
            var bytes = await ReadAllAsync(stdin, gzip: null, "-", ct).ConfigureAwait(false);
            if (bytes.Problem is not null) return new LoadedInput("-", null, bytes.Problem);
            if (bytes.Data.Length == 0) return Fail("-", "input.empty", "standard input was empty");
            return new LoadedInput("-", new ExtractInput("-", bytes.Data), null);
        }
        catch (IOException ex)
        {
            return Fail("-", "input.unreadable", $"could not read standard input: {ex.Message}");
        }
    }

    private async Task<LoadedInput> FetchAsync(string url, CancellationToken ct)
    {
        var result = await _fetcher.Value.FetchAsync(url, ct).ConfigureAwait(false);
        if (result.Page is not { } page) return new LoadedInput(url, null, result.Problem);
        // Servers label HTML text/plain by mistake; a document that opens as one is read as HTML.
        bool? plain = page.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true && !OpensAsHtml(page.Body.Span) ? true : null;
        return new LoadedInput(url, new ExtractInput(url, page.Body, page.Url, page.ContentType, plain), null);
    }

    private static bool OpensAsHtml(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8)) body = body[3..];
        body = body.TrimStart(" \t\r\n"u8);
        var head = body[..Math.Min(body.Length, 16)];
        return head.Length > 0 && (StartsWithAscii(head, "<!doctype html") || StartsWithAscii(head, "<html"));

        static bool StartsWithAscii(ReadOnlySpan<byte> bytes, string prefix)
        {
            if (bytes.Length < prefix.Length) return false;
            for (int i = 0; i < prefix.Length; i++)
                if (char.ToLowerInvariant((char)bytes[i]) != prefix[i]) return false;
            return true;
        }
    }

    private readonly record struct ReadBytes(byte[] Data, Problem? Problem);

    /// <summary>Reads a stream whole, decompressing gzip when <paramref name="gzip"/> is true, or when it is null
    /// and the bytes start with the gzip magic number; stops at the size limit.</summary>
    private async Task<ReadBytes> ReadAllAsync(Stream stream, bool? gzip, string source, CancellationToken ct)
    {
        var raw = await CopyCappedAsync(stream, ct).ConfigureAwait(false);
        if (raw is null)
            return new ReadBytes([], Problem(source, "input.too-large", $"the input exceeds the limit of {_maxBytes:N0} bytes (Extract:MaxInputBytes)"));
        bool isGzip = raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B;
        if (gzip == false || (gzip is null && !isGzip)) return new ReadBytes(raw, null);
        if (!isGzip)
            return new ReadBytes([], Problem(source, "input.gzip-corrupt", "the file ends in .gz but is not gzip data (no gzip header)"));
        try
        {
            await using var unzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            var data = await CopyCappedAsync(unzip, ct).ConfigureAwait(false);
            if (data is null)
                return new ReadBytes([], Problem(source, "input.too-large", $"the decompressed input exceeds the limit of {_maxBytes:N0} bytes (Extract:MaxInputBytes)"));
            // GZipStream ends quietly on a cut-off file; the trailer's length (mod 2^32) of the last member tells.
            uint trailerLength = raw.Length >= 18 ? BitConverter.ToUInt32(raw, raw.Length - 4) : uint.MaxValue;
            if (trailerLength != unchecked((uint)data.Length))
                return new ReadBytes([], Problem(source, "input.gzip-corrupt", $"the gzip data is truncated or corrupt: {data.Length:N0} bytes came out of {raw.Length:N0} compressed bytes, and the last 4 bytes (the gzip length field) do not match that count"));
            return new ReadBytes(data, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException)
        {
            return new ReadBytes([], Problem(source, "input.gzip-corrupt", $"the gzip data is corrupt or truncated: {ex.Message}"));
        }
    }

    private async Task<byte[]?> CopyCappedAsync(Stream stream, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferBytes);
        try
        {
            using var into = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, ReadBufferBytes), ct).ConfigureAwait(false)) > 0)
            {
                if (into.Length + read > _maxBytes) return null;
                into.Write(buffer, 0, read);
            }
            return into.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Problem Problem(string source, string code, string message) => new(code, message, Stage, source) { IsFatal = true };

    private static LoadedInput Fail(string source, string code, string message) => new(source, null, Problem(source, code, message));

    public void Dispose()
    {
        if (_ownsFetcher && _fetcher.IsValueCreated) _fetcher.Value.Dispose();
    }
}
