namespace Sitrep.Bench;

/// <summary>Options shared by every bench and trainer.</summary>
public sealed class BenchArgs
{
    public string? Dataset { get; private set; }
    public string Format { get; private set; } = "text";
    public bool Check { get; private set; }
    public int? Limit { get; private set; }
    public string? Output { get; private set; }
    public Dictionary<string, string> Extra { get; } = [];

    public bool Json => Format == "json";

    public static BenchArgs Parse(string[] args)
    {
        var a = new BenchArgs();
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--dataset": a.Dataset = Next(); break;
                case "--format":
                    a.Format = Next();
                    if (a.Format is not ("text" or "json")) throw new BenchUsageException($"--format must be text or json, not '{a.Format}'");
                    break;
                case "--check": a.Check = true; break;
                case "--limit": a.Limit = int.TryParse(Next(), out var n) && n > 0 ? n : throw new BenchUsageException("--limit needs a positive number"); break;
                case "--output": a.Output = Next(); break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) a.Extra[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
                    else throw new BenchUsageException($"unexpected argument '{args[i]}'");
                    break;
            }
        }
        return a;
    }

    /// <summary>The dataset path, defaulting to <paramref name="sharedRelative"/> under ../shared found from the working directory upwards.</summary>
    public string DatasetOr(string sharedRelative)
    {
        if (Dataset is not null) return Path.GetFullPath(Dataset);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", sharedRelative);
            if (Path.Exists(candidate)) return candidate;
        }
        throw new BenchUsageException($"could not find shared/{sharedRelative} above the working directory; pass --dataset PATH");
    }
}

public sealed class BenchUsageException(string message) : Exception(message);
