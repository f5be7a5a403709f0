using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("""
    Sitrep: news intelligence — extract articles, analyze who said what, when and how many.

    Benchmarks and training run through the same entry point:
      sitrep bench extraction|ner|attribution|analysis|places|entities [--dataset PATH] [--format json] [--limit N] [--check]
      sitrep train ner|attribution [--dataset PATH] [--output PATH]
    """)
{
    ExtractCommand.Create(),
    AnalyzeCommand.Create(),
};
return await CliRunner.RunAsync(root, args);
