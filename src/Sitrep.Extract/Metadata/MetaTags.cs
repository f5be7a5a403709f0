using AngleSharp.Dom;

namespace Sitrep.Extract.Metadata;

/// <summary>The page's &lt;meta&gt; values indexed by lower-case name, property, itemprop or http-equiv, in
/// document order.</summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    internal MetaTags(PageElements elements)
    {
        foreach (var meta in elements.Where(PageElements.Kind.Meta))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            content = DecodeEntities(content.Trim());
            foreach (var attr in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttribute(attr);
                if (string.IsNullOrWhiteSpace(key)) continue;
                // RDFa pages sometimes list several properties in one attribute ("og:title twitter:title").
                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!_values.TryGetValue(k, out var list)) _values[k] = list = [];
                    list.Add(content);
                }
            }
        }
    }

    /// <summary>CMSs often escape twice, so a parsed attribute can still hold "&amp;#8211;" or "&amp;amp;".</summary>
    internal static string DecodeEntities(string s) => s.Contains('&') ? System.Net.WebUtility.HtmlDecode(s) : s;

    /// <summary>The first value under any of the names, tried in order.</summary>
    internal string? First(IEnumerable<string> names)
    {
        foreach (var n in names)
            if (_values.TryGetValue(n, out var list) && list.Count > 0) return list[0];
        return null;
    }

    internal IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];
}
