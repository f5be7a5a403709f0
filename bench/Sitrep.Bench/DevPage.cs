using System.IO.Compression;
using System.Text.Json;

namespace Sitrep.Bench;

/// <summary>Reads the extraction dev set's manifest and pages (gzipped HTML) from a dataset folder.</summary>
public sealed record DevPage(string Id, string GzPath, string? Url, JsonElement Entry)
{
    public static IEnumerable<DevPage> ReadManifest(string datasetDir, int? limit)
    {
        var manifest = Path.Combine(datasetDir, "manifest.jsonl");
        if (!File.Exists(manifest)) throw new BenchUsageException($"{manifest} not found: --dataset must be a folder with manifest.jsonl and html/");
        int n = 0;
        foreach (var line in File.ReadLines(manifest))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var e = JsonDocument.Parse(line).RootElement;
            var url = e.TryGetProperty("url", out var u) ? u.GetString() : null;
            if (url is not null && !url.StartsWith("http", StringComparison.Ordinal)) url = null;
            yield return new DevPage(e.GetProperty("id").GetString()!, Path.Combine(datasetDir, e.GetProperty("file").GetString()!), url, e);
            if (limit is { } l && ++n >= l) yield break;
        }
    }

    public byte[] ReadBytes()
    {
        using var fs = File.OpenRead(GzPath);
        using var gz = new GZipStream(fs, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }
}
