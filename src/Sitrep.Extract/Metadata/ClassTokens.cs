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
            if (skipModifiers && (token.StartsWith("with", StringComparison.OrdinalIgnoreCase) || token.StartsWith("has", StringComparison.OrdinalIgnoreCase))) continue;
            foreach (var name in names)
                if (HasBoundedPart(token, name)) return true;
        }
        return false;
    }

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
