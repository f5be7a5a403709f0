namespace Sitrep.Core.Pipeline;

/// <summary>A pipeline stage step: reads the layers it requires and adds the layers it produces.
/// Implementations are immutable after construction and safe to call from several threads.</summary>
public interface IComponent
{
    string Name { get; }
    IReadOnlyList<LayerKey> Requires { get; }
    IReadOnlyList<LayerKey> Produces { get; }
    void Process(Document doc, CancellationToken ct);
}
