namespace JobGraph.Server.Processing;

/// <summary>Thrown from the connect step when every address of a host is internal and not allowed.</summary>
public sealed class UrlNotAllowedException(string host)
    : Exception($"The host {host} resolves to an address that is not allowed (private, loopback, link-local or reserved).");
