using System.Collections.Frozen;
namespace Sitrep.Extract.Metadata;

/// <summary>Matches names against the tokens of a class (or id) attribute as whole, dash- or underscore-separated
/// parts: "logo" is in "logo", "header__logo" and "site-logo-link" but not in "catalogo"; "site-title" is in
/// "site-title-link".</summary>
internal static class ClassTokens
{
    /// <param name="skipModifiers">Leave out layout modifiers ("with-navigation", "has-navbar" on a page's main
    /// column), which say that such a part is beside the element, not that the element is one.</param>
    internal static bool HasPart(string? classes, string[] names, bool skipModifiers = false)
    {
        if (string.IsNullOrEmpty(classes)) return false;
        var all = classes.AsSpan();
        foreach (var range in all.SplitAny(' ', '\t', '\n'))
        {
            var token = all[range];
            if (skipModifiers && IsModifier(token)) continue;
            foreach (var name in names)
                if (HasBoundedPart(token, name)) return true;
        }
        return false;
    }

    /// <summary>Whether a part of a class or id token (between '-' and '_') joins <paramref name="stem"/> to one of
    /// <paramref name="words"/> on either side: "navtop", "topnav", "navwrap" for the stem "nav". Layout modifiers
    /// ("has-navbar") are left out, as in <see cref="HasPart"/>.</summary>
    internal static bool HasCompoundPart(string? classes, string stem, FrozenSet<string> words)
    {
        if (string.IsNullOrEmpty(classes)) return false;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var all = classes.AsSpan();
        foreach (var tokenRange in all.SplitAny(' ', '\t', '\n'))
        {
            var token = all[tokenRange];
            if (IsModifier(token)) continue;
            foreach (var partRange in token.SplitAny('-', '_'))
            {
                var part = token[partRange];
                if (part.Length > stem.Length
                    && (part.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && lookup.Contains(part[stem.Length..])
                        || part.EndsWith(stem, StringComparison.OrdinalIgnoreCase) && lookup.Contains(part[..^stem.Length])))
                    return true;
            }
        }
        return false;
    }

    private static bool IsModifier(ReadOnlySpan<char> token)
        => token.StartsWith("with", StringComparison.OrdinalIgnoreCase) || token.StartsWith("has", StringComparison.OrdinalIgnoreCase);

    private static bool HasBoundedPart(ReadOnlySpan<char> token, string name)
    {
        for (int from = 0; from + name.Length <= token.Length;)
        {
            int at = token[from..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            int end = at + name.Length;
            if ((at == 0 || token[at - 1] is '-' or '_') && (end == token.Length || token[end] is '-' or '_')) return true;
            from = at + 1;
        }
        return false;
    }
}
