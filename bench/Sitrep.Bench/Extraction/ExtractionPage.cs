using System.IO.Compression;
using System.Text.Json;
using Sitrep.Extract.Loading;

namespace Sitrep.Bench.Extraction;

/// <summary>One annotated page of the extraction set: decoded HTML, segments to keep and to leave out, and metadata.
/// <paramref name="HasMeta"/> tells an annotation that names no author (Author null) from a page without metadata.</summary>
public sealed record ExtractionPage(string Id, string? Url, string Html, int ByteCount, string[] With, string[] Without,
    string? Title, string? Author, string? Date, bool HasMeta)
{
    /// <summary>Reads manifest.jsonl and the gzipped pages of a dataset folder, decoding bytes as a fetched page would be.</summary>
    public static List<ExtractionPage> Load(string folder, int? limit)
    {
        var manifest = Path.Combine(folder, "manifest.jsonl");
        if (!File.Exists(manifest)) throw new BenchUsageException($"no manifest.jsonl in {folder}");
        var pages = new List<ExtractionPage>();
        foreach (var line in File.ReadLines(manifest))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var bytes = ReadGzip(Path.Combine(folder, r.GetProperty("file").GetString()!));
            var url = r.GetProperty("url").GetString();
            // Labels such as "hard::name" are keys, not addresses.
            if (url is not null && !url.StartsWith("http://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal)) url = null;
            string? title = null, author = null, date = null;
            bool hasMeta = r.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object;
            if (hasMeta)
            {
                title = Field(meta, "title"); author = Field(meta, "author") ?? Names(meta, "author"); date = Field(meta, "date");
            }
            pages.Add(new ExtractionPage(r.GetProperty("id").GetString()!, url, HtmlDecoder.Decode(bytes, null).Text, bytes.Length,
                Strings(r, "with"), Strings(r, "without"), title, author, date, hasMeta));
            if (limit is int n && pages.Count >= n) break;
        }
        return pages;
    }

    private static string? Field(JsonElement meta, string name)
        => meta.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    /// <summary>A few pages list their authors as an array; joined with ";" as the scorer splits names there.</summary>
    private static string? Names(JsonElement meta, string name)
        => meta.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0
            ? string.Join("; ", v.EnumerateArray().Select(e => e.GetString()?.Trim()).Where(e => !string.IsNullOrEmpty(e)))
            : null;

    private static string[] Strings(JsonElement r, string name)
        => r.TryGetProperty(name, out var v) ? [.. v.EnumerateArray().Select(e => e.GetString() ?? "")] : [];

    private static byte[] ReadGzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }
}
