using System.Collections.Concurrent;

namespace Sitrep.Extract.Metadata;

/// <summary>The time zone a site most likely dates its articles in, from its country-code top-level domain.
/// Generic domains (.com, .org) give none: their newsrooms could be anywhere.</summary>
internal static class NewsroomZone
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Zones = new(StringComparer.Ordinal);

    internal static TimeZoneInfo? Of(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host;
        int dot = host.LastIndexOf('.');
        if (dot < 0 || !MetaVocabulary.CountryTimeZones.TryGetValue(host[(dot + 1)..], out var id)) return null;
        return Zones.GetOrAdd(id, static zoneId =>
        {
            // A system without time zone data gives no zone rather than an error.
            try { return TimeZoneInfo.FindSystemTimeZoneById(zoneId); }
            catch (TimeZoneNotFoundException) { return null; }
            catch (InvalidTimeZoneException) { return null; }
        });
    }
}
