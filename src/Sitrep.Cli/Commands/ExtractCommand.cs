using System.CommandLine;

namespace Sitrep.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var cmd = new Command("extract", "Extract the clean article text and metadata from pages or noisy text.");
        return cmd;
    }
}
