using System.CommandLine;
using Sitrep.Cli.Output;

namespace Sitrep.Cli.Commands;

internal static class CommonOptions
{
    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var o = new Option<string>("--format", "-f") { Description = $"Output format: {string.Join(", ", allowed)}.", DefaultValueFactory = _ => defaultValue };
        o.AcceptOnlyFromAmong(allowed);
        return o;
    }

    public static OutputFormat ParseFormat(string s) => s switch
    {
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.Jsonl,
        "markdown" or "md" => OutputFormat.Markdown,
        _ => OutputFormat.Text,
    };

    /// <summary>An input that looks like an option ("--frmat") is a typo, not a file name; "-" alone means stdin.</summary>
    /// <summary>Usage errors in the input list: an option the command does not know, and standard input named twice
    /// (it can be read once).</summary>
    public static void RejectUnknownOptions(Argument<string[]> inputs)
        => inputs.Validators.Add(r =>
        {
            var values = r.GetValueOrDefault<string[]>() ?? [];
            foreach (var v in values)
                if (v.Length > 1 && v[0] == '-' && !File.Exists(v) && !Directory.Exists(v))
                    r.AddError($"unknown option '{v}'");
            if (values.Count(v => v == "-") > 1) r.AddError("standard input (-) can be named only once");
        });

    public static Option<int> Jobs()
    {
        return new Option<int>("--jobs", "-j")
        {
            Description = "Inputs processed in parallel (default: number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            // Parsed here rather than validated afterwards: a validator would read a value that failed to convert.
            CustomParser = r =>
            {
                var token = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
                if (int.TryParse(token, out int n) && n >= 1) return n;
                r.AddError($"--jobs must be a whole number of at least 1, not '{token}'");
                return 1;
            },
        };
    }
}
