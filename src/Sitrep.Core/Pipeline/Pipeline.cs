namespace Sitrep.Core.Pipeline;

/// <summary>An immutable, thread-safe sequence of components.</summary>
public sealed class Pipeline
{
    private readonly IComponent[] _components;

    internal Pipeline(IComponent[] components) => _components = components;

    public IReadOnlyList<IComponent> Components => _components;

    /// <summary>Runs every component. A component that throws becomes a Problem on the document;
    /// components that need its layers are skipped with a Problem saying why.</summary>
    public Document Process(Document doc, CancellationToken ct = default)
    {
        foreach (var c in _components)
        {
            ct.ThrowIfCancellationRequested();
            if (c is ILanguageSpecific ls && doc.Meta.Language is { } lang && !ls.Languages.Contains(lang))
            {
                doc.AddProblem(new Problem("analyze.language-unsupported", $"'{c.Name}' skipped: the text is in '{lang}', and this component handles only {string.Join(", ", ls.Languages)}.", c.Name, doc.Meta.Source));
                continue;
            }
            var missing = c.Requires.FirstOrDefault(r => !doc.Has(r));
            if (missing is not null)
            {
                doc.AddProblem(new Problem("analyze.skipped", $"'{c.Name}' skipped: layer '{missing.Name}' is missing.", c.Name, doc.Meta.Source));
                continue;
            }
            try
            {
                c.Process(doc, ct);
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                doc.AddProblem(new Problem("analyze.component-failed", $"'{c.Name}' failed: {ex.GetType().Name}: {ex.Message}", c.Name, doc.Meta.Source));
            }
        }
        return doc;
    }
}
