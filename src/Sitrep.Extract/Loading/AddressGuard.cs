using System.Net;
using System.Net.Sockets;

namespace Sitrep.Extract.Loading;

/// <summary>Tells public internet addresses from private, loopback, link-local, multicast, reserved and
/// unspecified ones (IPv4, IPv6, and IPv4 embedded in IPv6), so the fetcher can refuse to reach the local network.</summary>
public static class AddressGuard
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
            var b = address.GetAddressBytes();
            if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)) return false;
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
            // IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) addresses carry an IPv4 address in the last 4 bytes.
            bool v4Compatible = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
            bool nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
            if (v4Compatible || nat64) return IsPublic(new IPAddress(b.AsSpan(12, 4)));
            // 6to4 (2002::/16) embeds an IPv4 address in bytes 2–5.
            if (b[0] == 0x20 && b[1] == 0x02) return IsPublic(new IPAddress(b.AsSpan(2, 4)));
            // Documentation prefix 2001:db8::/32.
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return false;
            return true;
        }
        if (address.AddressFamily != AddressFamily.InterNetwork) return false;
        var v = address.GetAddressBytes();
        return v[0] switch
        {
            0 or 10 or 127 => false,
            100 when v[1] >= 64 && v[1] <= 127 => false,        // carrier-grade NAT 100.64/10
            169 when v[1] == 254 => false,                      // link-local, cloud metadata 169.254.169.254
            172 when v[1] >= 16 && v[1] <= 31 => false,
            192 when v[1] == 168 => false,
            192 when v[1] == 0 && (v[2] == 0 || v[2] == 2) => false,
            198 when v[1] is 18 or 19 => false,                 // benchmarking 198.18/15
            198 when v[1] == 51 && v[2] == 100 => false,
            203 when v[1] == 0 && v[2] == 113 => false,
            >= 224 => false,                                    // multicast, reserved, broadcast
            _ => true,
        };
    }
}
