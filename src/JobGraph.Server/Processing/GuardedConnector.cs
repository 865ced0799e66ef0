using System.Net;
using System.Net.Sockets;

namespace JobGraph.Server.Processing;

/// <summary>
/// The fetch client's connect step: resolves the host, keeps only addresses that are public or allowed, and connects
/// to one of exactly those. Checking the address actually connected to (not a separate lookup before the request)
/// defeats DNS rebinding, and every redirect's new connection passes through here again.
/// </summary>
public sealed class GuardedConnector(HostAllowList allowList)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var permitted = allowList.AllowsHost(host)
            ? addresses
            : Array.FindAll(addresses, a => AddressClassifier.IsPublic(a) || allowList.Allows(a));
        if (permitted.Length == 0)
        {
            throw new UrlNotAllowedException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
