namespace Sitrep.Extract.Metadata;

/// <summary>The registrable part of a host name, roughly: the last two labels, or three under a short second-level
/// label such as co.uk or com.au (no public-suffix list needed for the decisions made with it).</summary>
internal static class HostNames
{
    /// <summary>How many labels from the end make the registrable domain: 3 for "bbc.co.uk", else 2.</summary>
    private static int RegistrableLabels(string[] labels)
        => labels.Length >= 3 && labels[^2].Length <= 3 && labels[^1].Length == 2 ? 3 : 2;

    /// <summary>"news.bbc.co.uk" → "bbc.co.uk"; "www.example.org" → "example.org".</summary>
    internal static string RegistrableDomain(string host)
    {
        var labels = host.Split('.');
        if (labels.Length <= 2) return host;
        return string.Join('.', labels[^RegistrableLabels(labels)..]);
    }

    /// <summary>The site's own label: "nationalrail" in www.nationalrail.co.uk, "example" in www.example.org.</summary>
    internal static string MainLabel(string host)
    {
        var labels = host.Split('.');
        return labels.Length < 2 ? host : labels[^RegistrableLabels(labels)];
    }
}
