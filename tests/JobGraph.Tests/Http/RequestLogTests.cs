using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class RequestLogTests(ServerFixture server)
{
    [Fact]
    public async Task Source_platform_header_is_recorded_with_the_request_log()
    {
        // Arrange
        var sourcePlatform = TestIds.New("tax-firm-a");

        // Act
        await server.DemoClient().PostAsync("query Ping { __typename }", sourcePlatform: sourcePlatform);

        // Assert
        var entry = await RequestLog.ForAsync(server, sourcePlatform);
        Assert.Equal("Ping", entry.Values["OperationName"]);
        Assert.Equal(200, entry.Values["StatusCode"]);
        Assert.Contains(sourcePlatform, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_never_reach_the_log()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var sourcePlatform = TestIds.New("token-check");

        // Act
        await server.Client(tenant.Token).PostAsync("query Me { me { id } }", sourcePlatform: sourcePlatform);
        await RequestLog.ForAsync(server, sourcePlatform);

        // Assert
        Assert.DoesNotContain(server.Logs.Entries, e => e.Message.Contains(tenant.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_oversized_source_platform_header_is_cut_before_it_reaches_the_log()
    {
        // Arrange
        var marker = TestIds.New("long-platform");
        var sourcePlatform = marker + new string('x', 10_000);

        // Act
        await server.DemoClient().PostAsync("query Ping { __typename }", sourcePlatform: sourcePlatform);

        // Assert
        var entry = await Poll.UntilAsync(
            () => server.Logs.Entries.FirstOrDefault(e => e.Category == RequestLog.Category
                && e.Values.GetValueOrDefault("SourcePlatform") is string logged && logged.StartsWith(marker, StringComparison.Ordinal)),
            e => e is not null, TimeSpan.FromSeconds(10), "the request log line for the long source-platform");
        Assert.Equal(100, ((string)entry!.Values["SourcePlatform"]!).Length);
    }
}
