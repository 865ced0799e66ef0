using System.Net;
using JobGraph.Server.Processing;

namespace JobGraph.Tests.Processing;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("8.8.8.8", AddressScope.Public)]
    [InlineData("93.184.216.34", AddressScope.Public)]
    [InlineData("172.15.255.255", AddressScope.Public)]
    [InlineData("172.32.0.1", AddressScope.Public)]
    [InlineData("100.63.255.255", AddressScope.Public)]
    [InlineData("100.128.0.1", AddressScope.Public)]
    [InlineData("0.0.0.0", AddressScope.Unspecified)]
    [InlineData("0.1.2.3", AddressScope.Unspecified)]
    [InlineData("127.0.0.1", AddressScope.Loopback)]
    [InlineData("127.255.255.254", AddressScope.Loopback)]
    [InlineData("169.254.169.254", AddressScope.LinkLocal)]
    [InlineData("10.0.0.1", AddressScope.Private)]
    [InlineData("10.255.255.255", AddressScope.Private)]
    [InlineData("172.16.0.1", AddressScope.Private)]
    [InlineData("172.31.255.255", AddressScope.Private)]
    [InlineData("192.168.1.1", AddressScope.Private)]
    [InlineData("100.64.0.1", AddressScope.SharedCarrierNat)]
    [InlineData("100.127.255.255", AddressScope.SharedCarrierNat)]
    [InlineData("224.0.0.1", AddressScope.Multicast)]
    [InlineData("239.255.255.250", AddressScope.Multicast)]
    [InlineData("255.255.255.255", AddressScope.Reserved)]
    [InlineData("198.18.0.1", AddressScope.Reserved)]
    [InlineData("2606:4700:4700::1111", AddressScope.Public)]
    [InlineData("::", AddressScope.Unspecified)]
    [InlineData("::1", AddressScope.Loopback)]
    [InlineData("fe80::1", AddressScope.LinkLocal)]
    [InlineData("fc00::1", AddressScope.Private)]
    [InlineData("fd12:3456:789a::1", AddressScope.Private)]
    [InlineData("fec0::1", AddressScope.Private)]
    [InlineData("ff02::1", AddressScope.Multicast)]
    [InlineData("::ffff:127.0.0.1", AddressScope.Loopback)]
    [InlineData("::ffff:10.0.0.1", AddressScope.Private)]
    [InlineData("::ffff:169.254.169.254", AddressScope.LinkLocal)]
    [InlineData("::ffff:8.8.8.8", AddressScope.Public)]
    [InlineData("::127.0.0.1", AddressScope.Loopback)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressScope.LinkLocal)]
    [InlineData("2002:c0a8:0101::1", AddressScope.Private)]
    [InlineData("2002:0808:0808::1", AddressScope.Public)]
    public void Address_is_classified_by_where_it_leads(string address, AddressScope expected)
    {
        // Act
        var scope = AddressClassifier.Classify(IPAddress.Parse(address));

        // Assert
        Assert.Equal(expected, scope);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "::ffff:127.0.0.1", true)]
    [InlineData("127.0.0.1", "127.0.0.2", false)]
    [InlineData("10.0.0.0/8", "10.20.30.40", true)]
    [InlineData("10.0.0.0/8", "11.0.0.1", false)]
    [InlineData("fd00::/8", "fd00::5", true)]
    [InlineData("::1", "::1", true)]
    [InlineData("::1", "127.0.0.1", false)]
    [InlineData("files.intranet.example", "10.0.0.1", false)]
    public void Allow_list_admits_listed_addresses_and_ranges_only(string entry, string address, bool allowed)
    {
        // Arrange
        var allowList = new HostAllowList([entry]);

        // Act
        var admitted = allowList.Allows(IPAddress.Parse(address));

        // Assert
        Assert.Equal(allowed, admitted);
    }

    [Theory]
    [InlineData("files.intranet.example", "FILES.intranet.example", true)]
    [InlineData("files.intranet.example", "other.intranet.example", false)]
    [InlineData("127.0.0.1", "localhost", false)]
    public void Allow_list_admits_listed_host_names_whatever_their_case(string entry, string host, bool allowed)
    {
        // Arrange
        var allowList = new HostAllowList([entry]);

        // Act
        var admitted = allowList.AllowsHost(host);

        // Assert
        Assert.Equal(allowed, admitted);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("files.intranet.example", true)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("http://127.0.0.1", false)]
    [InlineData("", false)]
    public void Allow_list_entry_must_be_a_host_an_address_or_a_range(string entry, bool valid)
    {
        // Act
        var accepted = HostAllowList.IsValidEntry(entry);

        // Assert
        Assert.Equal(valid, accepted);
    }
}
