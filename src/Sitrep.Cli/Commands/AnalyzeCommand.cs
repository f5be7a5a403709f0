using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Analyze;
using Sitrep.Cli.Output;
using Sitrep.Core;
using Sitrep.Extract;
using Sitrep.Extract.Loading;

namespace Sitrep.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories (HTML, text, or `sitrep extract` JSON), http(s) URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        CommonOptions.RejectUnknownOptions(inputs);
        var format = CommonOptions.Format("json", "json", "jsonl", "brief");
        var published = new Option<string?>("--published") { Description = "Publication date (ISO 8601, e.g. 2023-08-09) used as the anchor for relative dates when the input has none." };
        published.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && !TryParseDate(v, out _, out _, out _)) r.AddError($"--published: '{v}' is not an ISO 8601 date such as 2023-08-09 or 2023-08-09T14:30:00+02:00");
        });
        var mode = new Option<string>("--as") { Description = "Treat input as html, text, json (`sitrep extract` output), or decide per input (auto).", DefaultValueFactory = _ => "auto" };
        mode.AcceptOnlyFromAmong("auto", "html", "text", "json");
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow fetching from private, loopback and link-local addresses." };
        var jobs = CommonOptions.Jobs();

        var cmd = new Command("analyze", """
            Analyze articles: sentences, tokens, entities (with roles), who said what, dates resolved to the calendar,
            quantities and places. --format json prints every layer; --format brief prints a readable Markdown brief.

            Exit codes: 0 every input was analyzed, 1 some inputs failed, 2 bad usage or configuration.
            """)
        { inputs, format, published, mode, allowPrivate, jobs };

        cmd.SetAction(async (parse, ct) =>
        {
            SitrepConfig config;
            try { config = SitrepConfig.Load(); }
            catch (ConfigurationException ex) { Console.Error.WriteLine($"sitrep: {ex.Message}"); return ExitCodes.Usage; }

            var names = parse.GetValue(inputs)!;
            string fmt = parse.GetValue(format)!;
            string how = parse.GetValue(mode)!;
            DateTimeOffset? anchor = null;
            bool anchorHasTime = false, anchorHasOffset = false;
            if (parse.GetValue(published) is { } p && TryParseDate(p, out var d, out var t, out var o)) { anchor = d; anchorHasTime = t; anchorHasOffset = o; }

            var extractor = new ArticleExtractor(config.Extract);
            var pipeline = AnalysisPipeline.Default;
            using var reader = config.CreateInputReader(parse.GetValue(allowPrivate), acceptJson: true);
            // One file may hold several articles: the JSON array `extract` writes for a batch.
            bool batch = names.Length > 1 || names.Any(Directory.Exists) || names.Any(n => IsJsonName(n) && File.Exists(n) && StartsWithByte(n, (byte)'['));
            int ok = 0, failed = 0;
            int written = 0;

            if (fmt == "json" && batch) Console.Out.Write("[\n");
            await BatchRunner.RunAsync(
                how is "auto" or "json" ? ExpandJsonArrays(reader.ReadAsync(names, ct), always: how == "json") : reader.ReadAsync(names, ct),
                item =>
                {
                    if (item.Input is not { } input) return new ExtractionResult(null, [item.Problem!]);
                    var extracted = how == "json" || (how == "auto" && LooksLikeJson(input.Bytes.Span))
                        ? FromExtractJson(input)
                        : ExtractCommand.SafeExtract(extractor, input with { IsPlainText = how switch { "text" => true, "html" => false, _ => input.IsPlainText } }, ct);
                    if (extracted.Document is { } doc)
                    {
                        if (doc.Meta.Published is null && anchor is not null)
                            doc.Meta = doc.Meta with { Published = anchor, PublishedHasTime = anchorHasTime, PublishedHasOffset = anchorHasOffset };
                        pipeline.Process(doc, ct);
                    }
                    return extracted;
                },
                parse.GetValue(jobs),
                result =>
                {
                    if (result.Failed) failed++; else ok++;
                    foreach (var pr in result.Problems.Concat(result.Document?.Problems ?? []))
                        Console.Error.WriteLine($"sitrep analyze: {(pr.IsFatal ? "error" : "note")}: {pr}");
                    switch (fmt)
                    {
                        case "brief":
                            if (result.Failed) return; // a brief is for reading: failures go to standard error only
                            if (written > 0) Console.Out.Write("\n---\n\n");
                            Console.Out.Write(BriefWriter.Render(result));
                            break;
                        case "jsonl":
                            Console.Out.Write(AnalysisJsonWriter.ToJson(result, indented: false) + "\n");
                            break;
                        default:
                            if (written > 0) Console.Out.Write(",\n");
                            Console.Out.Write(AnalysisJsonWriter.ToJson(result, indented: true));
                            break;
                    }
                    written++;
                    Console.Out.Flush();
                },
                ct);
            if (fmt == "json") Console.Out.Write(batch ? "\n]\n" : "\n");
            if (batch) Console.Error.WriteLine($"sitrep analyze: {ok} analyzed, {failed} failed");
            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Reads the dates `extract` writes: yyyy-MM-dd, a local yyyy-MM-ddTHH:mm:ss, or one with its offset.</summary>
    internal static bool TryParseDate(string s, out DateTimeOffset value, out bool hasTime, out bool hasOffset)
    {
        hasTime = s.Contains('T');
        int t = s.IndexOf('T');
        hasOffset = t > 0 && (s.EndsWith('Z') || s.IndexOfAny(['+', '-'], t) > 0);
        if (!hasTime && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) && hasTime;
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> bytes) => FirstByte(bytes) == (byte)'{';

    private static byte FirstByte(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF) continue;
            return b;
        }
        return 0;
    }

    private static bool StartsWithByte(string path, byte expected)
    {
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> head = stackalloc byte[64];
            return FirstByte(head[..file.Read(head)]) == expected;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static bool IsJsonName(string source) => source.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>A JSON array (what `sitrep extract --format json` writes for several inputs) in a .json file, or in
    /// any input under --as json, becomes one input per element, named "file.json#2"; a malformed array is one
    /// failed input. A text file may start with "[" too ("[link]…"), so other inputs are left alone.</summary>
    private static async IAsyncEnumerable<LoadedInput> ExpandJsonArrays(IAsyncEnumerable<LoadedInput> items, bool always)
    {
        await foreach (var item in items)
        {
            if (item.Input is not { } input || !(always || IsJsonName(item.Source)) || FirstByte(input.Bytes.Span) != (byte)'[')
            {
                yield return item;
                continue;
            }
            List<LoadedInput> parts;
            try
            {
                using var json = JsonDocument.Parse(input.Bytes, new JsonDocumentOptions { MaxDepth = 64 });
                parts = [.. json.RootElement.EnumerateArray().Select((element, i) =>
                    new LoadedInput($"{item.Source}#{i + 1}", input with { Source = $"{item.Source}#{i + 1}", Bytes = JsonSerializer.SerializeToUtf8Bytes(element) }, null))];
            }
            catch (JsonException ex)
            {
                parts = [new LoadedInput(item.Source, null, new Problem("analyze.json-malformed",
                    $"malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {ex.Message}", "analyze", item.Source) { IsFatal = true })];
            }
            foreach (var part in parts) yield return part;
        }
    }

    /// <summary>Rebuilds a document from one `sitrep extract --format json` object (or an analyze output's "article").</summary>
    internal static ExtractionResult FromExtractJson(ExtractInput input)
    {
        try
        {
            using var json = JsonDocument.Parse(input.Bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("article", out var article)) root = article;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                return Fail("analyze.json-not-extract", "the JSON is not `sitrep extract` output: it has no string field \"text\"");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string[] Arr(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                ? [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)] : [];
            DateTimeOffset? published = null, modified = null;
            bool hasTime = false, modifiedHasTime = false, hasOffset = false, modifiedHasOffset = false;
            if (Str("published") is { } pub && TryParseDate(pub, out var d, out var t, out var o)) { published = d; hasTime = t; hasOffset = o; }
            if (Str("modified") is { } mod && TryParseDate(mod, out var md, out var mt, out var mo)) { modified = md; modifiedHasTime = mt; modifiedHasOffset = mo; }
            Syndication? syndication = null;
            if (root.TryGetProperty("syndication", out var syn) && syn.ValueKind == JsonValueKind.Object)
            {
                string? SynStr(string name) => syn.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                syndication = new Syndication(SynStr("publisher"), SynStr("url"), SynStr("statement"));
            }
            var meta = new DocumentMeta
            {
                Source = input.Source, Url = Str("url"), Title = Str("title"), Authors = Arr("authors"), Published = published, PublishedHasTime = hasTime, PublishedHasOffset = hasOffset,
                Modified = modified, ModifiedHasTime = modifiedHasTime, ModifiedHasOffset = modifiedHasOffset, Syndication = syndication,
                SiteName = Str("site_name"), Language = Str("language"), Description = Str("description"), Image = Str("image"), Section = Str("section"), Tags = Arr("tags"),
            };
            return new ExtractionResult(new Document(textEl.GetString()!, meta), []) { IsArticle = !root.TryGetProperty("is_article", out var ia) || ia.ValueKind != JsonValueKind.False };
        }
        catch (JsonException ex)
        {
            return Fail("analyze.json-malformed", $"malformed JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {ex.Message}");
        }

        ExtractionResult Fail(string code, string message) => new(null, [new Problem(code, message, "analyze", input.Source) { IsFatal = true }]);
    }
}
