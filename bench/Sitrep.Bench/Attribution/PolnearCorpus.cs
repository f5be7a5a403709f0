using System.Globalization;

namespace Sitrep.Bench.Attribution;

/// <summary>Reads a PolNeAR split (text/, attributions/, metadata.tsv): one annotation per article, the first annotator's.</summary>
public static class PolnearCorpus
{
    public static IReadOnlyList<PolnearArticle> Load(string folder, int? limit = null)
    {
        var metadata = Path.Combine(folder, "metadata.tsv");
        if (!File.Exists(metadata))
            throw new BenchUsageException($"{metadata} not found; --dataset must be a PolNeAR split folder (text/, attributions/, metadata.tsv)");
        var articles = new List<PolnearArticle>();
        using var reader = new StreamReader(metadata);
        var header = (reader.ReadLine() ?? "").Split('\t');
        int fileCol = Array.IndexOf(header, "filename"), annCol = Array.IndexOf(header, "annotators");
        if (fileCol < 0 || annCol < 0) throw new BenchUsageException($"{metadata}: header lacks 'filename' or 'annotators'");
        while (reader.ReadLine() is { } line)
        {
            if (limit is { } n && articles.Count >= n) break;
            var cols = line.Split('\t');
            if (cols.Length <= Math.Max(fileCol, annCol)) continue;
            var stem = cols[fileCol];
            var annotator = cols[annCol].Split('|')[0];
            var text = File.ReadAllText(Path.Combine(folder, "text", stem + ".txt"));
            var annPath = Path.Combine(folder, "attributions", $"{stem}_{annotator}.ann");
            articles.Add(new PolnearArticle(stem, text, File.Exists(annPath) ? ParseAnn(File.ReadAllLines(annPath)) : []));
        }
        return articles;
    }

    /// <summary>Events with a cue and a content; Content2 joins Content; spans keep their fragments untrimmed.</summary>
    public static IReadOnlyList<GoldAttribution> ParseAnn(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, (string Type, List<(int Start, int End)> Fragments)>();
        var events = new List<string>();
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab < 2) continue;
            var id = line[..tab];
            if (id[0] == 'T' && char.IsAsciiDigit(id[1]))
            {
                var parts = line.Split('\t');
                if (parts.Length < 2) continue;
                var typeEnd = parts[1].IndexOf(' ');
                if (typeEnd < 0) continue;
                var frags = new List<(int, int)>();
                foreach (var f in parts[1][(typeEnd + 1)..].Split(';'))
                {
                    var se = f.Trim().Split(' ');
                    if (se.Length == 2 && int.TryParse(se[0], CultureInfo.InvariantCulture, out var s) && int.TryParse(se[1], CultureInfo.InvariantCulture, out var e))
                        frags.Add((s, e));
                }
                spans[id] = (parts[1][..typeEnd], frags);
            }
            else if (id[0] == 'E' && char.IsAsciiDigit(id[1]))
                events.Add(line[(tab + 1)..]);
        }
        var gold = new List<GoldAttribution>();
        foreach (var ev in events)
        {
            List<(int, int)> content = [], cue = [], source = [];
            foreach (var arg in ev.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = arg.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var span)) continue;
                var role = arg[..colon];
                if (role.StartsWith("Content", StringComparison.Ordinal)) content.AddRange(span.Fragments);
                else if (role == "Cue") cue.AddRange(span.Fragments);
                else if (role == "Source") source.AddRange(span.Fragments);
            }
            if (content.Count == 0 || cue.Count == 0) continue;
            gold.Add(new GoldAttribution(content, cue, source));
        }
        return gold;
    }
}
