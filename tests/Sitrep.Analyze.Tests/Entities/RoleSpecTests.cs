using System.Runtime.CompilerServices;
using Sitrep.Analyze.Entities.Resolution;
using Sitrep.Analyze.Places;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Tests.Entities;

/// <summary>Runs each example of Specs/Roles.md as a test case named by its line ("Roles.md:12").</summary>
public sealed class RoleSpecTests
{
    private static readonly EntityResolver s_resolver = new(Gazetteer.Default, new EntityResolverOptions());

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        var lines = File.ReadAllLines(SpecPath());
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i] != "```roles") continue;
            int end = Array.IndexOf(lines, "```", i + 1);
            data.Add($"Roles.md:{i + 2}", lines[i + 1], string.Join("\n", lines[(i + 2)..end]));
            i = end;
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Resolves_people_and_roles_as_the_spec_says(string example, string annotated, string expected)
    {
        var doc = Annotated.Parse(annotated);
        s_resolver.Process(doc, CancellationToken.None);
        var actual = string.Join("\n", doc.Get(Layers.Entities).Items
            .Where(e => e.Type == EntityType.Person)
            .Select(e => (e.Name + ": " + string.Join("; ", e.Roles)).TrimEnd()));
        Assert.True(expected == actual, $"{example}\nSource:   {doc.Text}\nExpected:\n{expected}\nActual:\n{actual}");
    }

    private static string SpecPath([CallerFilePath] string here = "")
        => Path.Combine(Path.GetDirectoryName(here)!, "Specs", "Roles.md");
}
