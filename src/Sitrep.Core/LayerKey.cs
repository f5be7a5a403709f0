namespace Sitrep.Core;

/// <summary>Untyped identity of a layer, used where components declare what they require and produce.</summary>
public abstract class LayerKey(string name, bool allowOverlap)
{
    public string Name { get; } = name;

    /// <summary>False for layers such as entity mentions that must not overlap (checked when set).</summary>
    public bool AllowOverlap { get; } = allowOverlap;

    public override string ToString() => Name;
}

/// <summary>Typed key of a layer of annotations of type <typeparamref name="T"/>.</summary>
public sealed class LayerKey<T>(string name, bool allowOverlap = true) : LayerKey(name, allowOverlap)
    where T : ISpanned;
