using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>Exit codes: 0 all went well, 1 some inputs failed, 2 bad usage or configuration.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}

internal static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) Console.Error.WriteLine($"sitrep: {e.Message}");
            Console.Error.WriteLine("Run 'sitrep --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync();
    }
}
