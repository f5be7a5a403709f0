namespace Sitrep.Core.Pipeline;

/// <summary>Collects components in order; <see cref="Build"/> checks that each requirement is produced earlier.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IComponent> _components = [];

    public IReadOnlyList<IComponent> Components => _components;

    /// <summary>Adds a component unless one of the same type is already present (Use* calls are idempotent).</summary>
    public PipelineBuilder Use(IComponent component)
    {
        if (!_components.Exists(c => c.GetType() == component.GetType()))
            _components.Add(component);
        return this;
    }

    /// <summary>Inserts before the first component of type <typeparamref name="T"/>, or appends if none.</summary>
    public PipelineBuilder InsertBefore<T>(IComponent component) where T : IComponent
    {
        if (_components.Exists(c => c.GetType() == component.GetType())) return this;
        int i = _components.FindIndex(c => c is T);
        if (i < 0) _components.Add(component); else _components.Insert(i, component);
        return this;
    }

    public Pipeline Build()
    {
        var produced = new Dictionary<LayerKey, string>();
        foreach (var c in _components)
        {
            foreach (var req in c.Requires)
                if (!produced.ContainsKey(req))
                {
                    var later = _components.Find(o => o.Produces.Contains(req));
                    throw new InvalidOperationException(later is null
                        ? $"Component '{c.Name}' requires layer '{req.Name}', which no component produces. Add the component that produces it."
                        : $"Component '{c.Name}' requires layer '{req.Name}', produced by '{later.Name}', which comes after it. Reorder the pipeline.");
                }
            foreach (var p in c.Produces) produced[p] = c.Name;
        }
        return new Pipeline([.. _components]);
    }
}
