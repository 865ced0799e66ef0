using System.Net;

namespace JobGraph.Server.Processing;

/// <summary>
/// Classifies the address a fetch would connect to. Partner URLs must not reach the server's own network (SSRF):
/// loopback, link-local (cloud metadata at 169.254.169.254), private, carrier-grade NAT, multicast, unspecified and
/// reserved ranges, also when an IPv6 address carries one of them inside (IPv4-mapped, NAT64, 6to4).
/// </summary>
public static class AddressClassifier
{
    private static readonly (IPNetwork Range, AddressScope Scope)[] _ipv4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), AddressScope.Unspecified),
        (IPNetwork.Parse("127.0.0.0/8"), AddressScope.Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), AddressScope.LinkLocal),
        (IPNetwork.Parse("10.0.0.0/8"), AddressScope.Private),
        (IPNetwork.Parse("172.16.0.0/12"), AddressScope.Private),
        (IPNetwork.Parse("192.168.0.0/16"), AddressScope.Private),
        (IPNetwork.Parse("100.64.0.0/10"), AddressScope.SharedCarrierNat),
        (IPNetwork.Parse("224.0.0.0/4"), AddressScope.Multicast),
        (IPNetwork.Parse("192.0.0.0/24"), AddressScope.Reserved),
        (IPNetwork.Parse("198.18.0.0/15"), AddressScope.Reserved),
        // 240/4 holds the broadcast address 255.255.255.255.
        (IPNetwork.Parse("240.0.0.0/4"), AddressScope.Reserved),
    ];

    private static readonly (IPNetwork Range, AddressScope Scope)[] _ipv6 =
    [
        (IPNetwork.Parse("::/128"), AddressScope.Unspecified),
        (IPNetwork.Parse("::1/128"), AddressScope.Loopback),
        (IPNetwork.Parse("fe80::/10"), AddressScope.LinkLocal),
        (IPNetwork.Parse("fc00::/7"), AddressScope.Private),
        // Deprecated site-local addresses still route inside a site.
        (IPNetwork.Parse("fec0::/10"), AddressScope.Private),
        (IPNetwork.Parse("ff00::/8"), AddressScope.Multicast),
    ];

    private static readonly IPNetwork _ipv4Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork _nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork _sixToFour = IPNetwork.Parse("2002::/16");

    public static bool IsPublic(IPAddress address) => Classify(address) == AddressScope.Public;

    public static AddressScope Classify(IPAddress address)
    {
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return Lookup(_ipv4, address);
        }

        var scope = Lookup(_ipv6, address);
        if (scope != AddressScope.Public)
        {
            return scope;
        }

        return EmbeddedIPv4(address) is { } embedded ? Classify(embedded) : AddressScope.Public;
    }

    private static AddressScope Lookup((IPNetwork Range, AddressScope Scope)[] table, IPAddress address)
    {
        foreach (var (range, scope) in table)
        {
            if (range.Contains(address))
            {
                return scope;
            }
        }

        return AddressScope.Public;
    }

    /// <summary>The IPv4 address an IPv6 address reaches: mapped and compatible (last 32 bits), NAT64, 6to4 (bits 16–47).</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (_ipv4Compatible.Contains(address) || _nat64.Contains(address))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return _sixToFour.Contains(address) ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }
}
