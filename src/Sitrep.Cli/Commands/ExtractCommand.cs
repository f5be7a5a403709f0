using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Core;
using Sitrep.Extract;
using Sitrep.Extract.Loading;

namespace Sitrep.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (recursive: .html .htm .xhtml .txt, each also .gz), http(s) URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        CommonOptions.RejectUnknownOptions(inputs);
        var format = CommonOptions.Format("text", "text", "json", "jsonl", "markdown");
        var mode = new Option<string>("--as") { Description = "Treat input as html, text (already-extracted noisy text), or decide per input (auto).", DefaultValueFactory = _ => "auto" };
        mode.AcceptOnlyFromAmong("auto", "html", "text");
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow fetching from private, loopback and link-local addresses." };
        var jobs = CommonOptions.Jobs();
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on standard error." };

        var cmd = new Command("extract", """
            Extract the clean article text and metadata from pages or noisy text.

            Exit codes: 0 every input was extracted (non-articles included, with is_article false),
            1 some inputs failed (each failure is reported on standard error, and in json/jsonl output), 2 bad usage or configuration.
            """)
        { inputs, format, mode, allowPrivate, jobs, noProgress };

        cmd.SetAction(async (parse, ct) =>
        {
            SitrepConfig config;
            try { config = SitrepConfig.Load(); }
            catch (ConfigurationException ex) { Console.Error.WriteLine($"sitrep: {ex.Message}"); return ExitCodes.Usage; }

            var fmt = CommonOptions.ParseFormat(parse.GetValue(format)!);
            var names = parse.GetValue(inputs)!;
            bool? plain = parse.GetValue(mode) switch { "html" => false, "text" => true, _ => null };
            var extractor = new ArticleExtractor(config.Extract);
            using var reader = config.CreateInputReader(parse.GetValue(allowPrivate));
            bool batch = names.Length > 1 || names.Any(Directory.Exists);

            int ok = 0, failed = 0;
            using var progress = new ProgressReporter("extract", enabled: batch && !parse.GetValue(noProgress));
            using (var writer = new ExtractionWriter(Console.Out, fmt, batch))
            {
                await BatchRunner.RunAsync(
                    reader.ReadAsync(names, ct),
                    item => item.Input is { } input
                        ? SafeExtract(extractor, input with { IsPlainText = plain ?? input.IsPlainText }, ct)
                        : new ExtractionResult(null, [item.Problem!]),
                    parse.GetValue(jobs),
                    result =>
                    {
                        if (result.Failed) failed++; else ok++;
                        foreach (var p in result.Problems) Console.Error.WriteLine($"sitrep extract: {(p.IsFatal ? "error" : "warning")}: {p}");
                        writer.Write(result);
                        progress.Tick(ok, failed);
                    },
                    ct);
            }
            if (batch) Console.Error.WriteLine($"sitrep extract: {ok} extracted, {failed} failed");
            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>A bug in extraction must cost one input, never the batch.</summary>
    internal static ExtractionResult SafeExtract(ArticleExtractor extractor, ExtractInput input, CancellationToken ct)
    {
        try
        {
            return extractor.Extract(input, ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ExtractionResult(null, [new Problem("extract.timeout", $"extraction took longer than {extractor.Options.TimeLimit} (Extract:TimeLimit)", "extract", input.Source) { IsFatal = true }]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ExtractionResult(null, [new Problem("extract.failed", $"extraction failed unexpectedly ({ex.GetType().Name}: {ex.Message}); please report this input", "extract", input.Source) { IsFatal = true }]);
        }
    }
}
