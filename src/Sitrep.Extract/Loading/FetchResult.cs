using Sitrep.Core;

namespace Sitrep.Extract.Loading;

/// <summary>Either a fetched page or the problem that stopped the fetch.</summary>
public sealed record FetchResult(FetchedPage? Page, Problem? Problem)
{
    public bool Succeeded => Page is not null;
}
