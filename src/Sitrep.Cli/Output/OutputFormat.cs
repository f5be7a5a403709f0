namespace Sitrep.Cli.Output;

public enum OutputFormat { Text, Json, Jsonl, Markdown }
