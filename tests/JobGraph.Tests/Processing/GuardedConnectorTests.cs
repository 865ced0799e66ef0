using JobGraph.Server.Processing;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Processing;

/// <summary>
/// The fetch client's connect step against a real socket: a host name is checked by the addresses it resolves to,
/// at connect time, so a name cannot smuggle a loopback address past the guard.
/// </summary>
public sealed class GuardedConnectorTests
{
    [Fact]
    public async Task Host_name_resolving_to_loopback_is_refused_before_connecting()
    {
        // Arrange
        await using var files = new FileServer();
        await files.StartAsync();
        var path = $"/pdf/{TestIds.New("rebind")}";
        using var client = Client([]);

        // Act
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(LocalhostUrl(files, path)));

        // Assert
        Assert.IsType<UrlNotAllowedException>(error.InnerException);
        Assert.Equal(0, files.Stats(path).Count);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.0/8")]
    [InlineData("localhost")]
    public async Task Host_name_is_fetched_when_its_address_or_name_is_allowed(string allowed)
    {
        // Arrange
        await using var files = new FileServer();
        await files.StartAsync();
        var key = TestIds.New("allowed");
        using var client = Client([allowed]);

        // Act
        var bytes = await client.GetByteArrayAsync(LocalhostUrl(files, $"/pdf/{key}"));

        // Assert
        Assert.Equal(FileServer.Pdf(key), bytes);
    }

    private static HttpClient Client(string[] allowedHosts)
        => new(ArtifactFetcher.CreateHandler(new FetchOptions(), new GuardedConnector(new HostAllowList(allowedHosts))));

    private static string LocalhostUrl(FileServer files, string path) => files.Url(path).Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
}
