using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: news intelligence — extract articles, analyze who said what, when and how many.")
{
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
};
return await CliRunner.RunAsync(root, args);
