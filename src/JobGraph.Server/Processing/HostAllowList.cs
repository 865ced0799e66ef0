using System.Net;

namespace JobGraph.Server.Processing;

/// <summary>
/// <c>Fetch:AllowedHosts</c>: host names, IP addresses and CIDR ranges a fetch may reach even though they are not
/// public (an intranet file server, or 127.0.0.1 in tests).
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _ranges = [];

    public HostAllowList(IEnumerable<string> entries)
    {
        foreach (var entry in entries.Select(e => e.Trim()))
        {
            if (TryParseRange(entry, out var range))
            {
                _ranges.Add(range);
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                _hosts.Add(entry);
            }
            else
            {
                throw new ArgumentException($"'{entry}' is neither a host name, an IP address nor a CIDR range.", nameof(entries));
            }
        }
    }

    /// <summary>Whether the entry can be understood; checked at start so a typo fails loudly.</summary>
    public static bool IsValidEntry(string entry)
        => TryParseRange(entry.Trim(), out _) || Uri.CheckHostName(entry.Trim()) == UriHostNameType.Dns;

    /// <summary>Whether the URL's host name itself is listed.</summary>
    public bool AllowsHost(string host) => _hosts.Contains(host);

    /// <summary>Whether the address lies in a listed address or range (an IPv4-mapped IPv6 address counts as its IPv4 address).</summary>
    public bool Allows(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _ranges.Any(range => range.Contains(plain));
    }

    private static bool TryParseRange(string entry, out IPNetwork range)
    {
        if (IPAddress.TryParse(entry.Trim('[', ']'), out var address))
        {
            range = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return IPNetwork.TryParse(entry, out range);
    }
}
