namespace JobGraph.Server.Processing;

/// <summary>Where an IP address leads; only <see cref="Public"/> addresses are fetched without an allow-list entry.</summary>
public enum AddressScope
{
    Public,
    Unspecified,
    Loopback,
    LinkLocal,
    Private,
    SharedCarrierNat,
    Multicast,
    Reserved,
}
