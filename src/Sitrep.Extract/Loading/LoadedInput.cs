using Sitrep.Core;

namespace Sitrep.Extract.Loading;

/// <summary>One item read from the command line's inputs: the bytes ready for extraction, or the problem that
/// kept them from being read. <see cref="Source"/> names the file, URL or "-" either way.</summary>
public sealed record LoadedInput(string Source, ExtractInput? Input, Problem? Problem)
{
    public bool Succeeded => Input is not null;
}
