namespace Sitrep.Analyze.Entities.Resolution;

/// <summary>Options of <see cref="EntityResolver"/>.</summary>
public sealed class EntityResolverOptions
{
    /// <summary>Mentions beyond this many are left unresolved (entity -1) and a Problem says so; grouping cost grows
    /// with the number of mentions.</summary>
    public int MaxMentions { get; set; } = 50_000;

    /// <summary>Look for titles before and appositions after person mentions.</summary>
    public bool FindRoles { get; set; } = true;
}
