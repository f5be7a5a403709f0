using System.Net;

namespace Sitrep.Extract.Loading;

/// <summary>Thrown from the connect callback when a host resolves to an address the fetcher must not reach;
/// <see cref="PageFetcher"/> turns it into a fetch.private-address problem.</summary>
internal sealed class PrivateAddressException(string host, IPAddress address)
    : Exception($"{host} resolves to {address}, a private, loopback, link-local or unspecified address")
{
    public string Host { get; } = host;
    public IPAddress Address { get; } = address;
}
