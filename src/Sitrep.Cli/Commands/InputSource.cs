using System.IO.Compression;
using System.Runtime.CompilerServices;
using Sitrep.Core;
using Sitrep.Extract;

namespace Sitrep.Cli.Commands;

// TEMPORARY: replaced by Sitrep.Extract.Loading.InputReader when the loading branch lands.
internal sealed class InputSourceOptions
{
    public bool AllowPrivate { get; init; }
    public long MaxBytes { get; init; }
}

internal sealed record InputItem(ExtractInput? Input, Problem? Problem);

internal sealed class InputSource(InputSourceOptions options)
{
    public async IAsyncEnumerable<InputItem> ReadAsync(string[] names, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var name in names)
        {
            if (name == "-")
            {
                using var ms = new MemoryStream();
                await Console.OpenStandardInput().CopyToAsync(ms, ct);
                yield return new InputItem(new ExtractInput("-", ms.ToArray()), null);
            }
            else if (Directory.Exists(name))
            {
                foreach (var f in Directory.EnumerateFiles(name, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (f.EndsWith(".html") || f.EndsWith(".htm") || f.EndsWith(".html.gz") || f.EndsWith(".txt"))
                        yield return await ReadFileAsync(f, ct);
            }
            else if (File.Exists(name)) yield return await ReadFileAsync(name, ct);
            else yield return new InputItem(null, new Problem("input.not-found", "no such file or directory", "extract", name) { IsFatal = true });
        }
    }

    private async Task<InputItem> ReadFileAsync(string path, CancellationToken ct)
    {
        byte[] bytes = await File.ReadAllBytesAsync(path, ct);
        if (path.EndsWith(".gz"))
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            await gz.CopyToAsync(ms, ct);
            bytes = ms.ToArray();
        }
        _ = options;
        return new InputItem(new ExtractInput(path, bytes, IsPlainText: path.EndsWith(".txt") ? true : null), null);
    }
}
