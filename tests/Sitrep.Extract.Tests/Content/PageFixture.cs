using System.Text.Json;

namespace Sitrep.Extract.Tests.Content;

/// <summary>One page case under Fixtures/pages/&lt;case&gt;/: source.html plus expected.txt (exact text), with.txt /
/// without.txt (snippets that must / must not appear) and expected.json (verdict, removed kinds, syndication).</summary>
public sealed record PageFixture(string Name, string Folder)
{
    public string Html => File.ReadAllText(Path.Combine(Folder, "source.html"));
    public string? ExpectedText => Read("expected.txt")?.ReplaceLineEndings("\n").TrimEnd('\n');
    public string[] With => Lines("with.txt");
    public string[] Without => Lines("without.txt");
    public JsonElement? Expected => Read("expected.json") is { } json ? JsonDocument.Parse(json).RootElement : null;

    public override string ToString() => Name;

    public static IEnumerable<object[]> All()
    {
        foreach (var dir in Directory.GetDirectories(Root()).Order(StringComparer.Ordinal))
            yield return [new PageFixture(Path.GetFileName(dir), dir)];
    }

    private string? Read(string file) => File.Exists(Path.Combine(Folder, file)) ? File.ReadAllText(Path.Combine(Folder, file)) : null;

    private string[] Lines(string file) => Read(file)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The fixtures live beside the test sources; found by walking up from the test binaries.</summary>
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Fixtures", "pages");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "tests", "Sitrep.Extract.Tests", "Fixtures", "pages");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("Fixtures/pages not found above " + AppContext.BaseDirectory);
    }
}
