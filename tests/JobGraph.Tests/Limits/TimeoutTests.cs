using System.Diagnostics;
using JobGraph.Server.Data;
using JobGraph.Server.Data.Sql;
using JobGraph.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace JobGraph.Tests.Limits;

/// <summary>
/// A request's SQL stops when GraphQLLimits:Timeout runs out (answered 504 TIMEOUT) or when its client goes away.
/// The server runs on the fixture's database with workspace queries made slow (<see cref="SlowWorkspaceSql"/>).
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TimeoutTests(ServerFixture server)
{
    private const string Query = "query Workspaces { me { workspaces { id } } }";

    [Fact]
    public async Task Request_past_the_timeout_answers_504_with_TIMEOUT_and_its_SQL_is_cancelled()
    {
        // Arrange
        var slowSql = new SlowWorkspaceSql();
        await using var factory = SlowServer(slowSql, timeout: "00:00:00.300");
        var client = new GraphQLClient(factory.CreateClient(), new DemoDataOptions().Token);
        var started = Stopwatch.StartNew();

        // Act
        var response = await client.PostAsync(Query, accept: "application/graphql-response+json");

        // Assert
        Assert.Equal(504, response.StatusCode);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"answered after {started.Elapsed}");
        Assert.True(slowSql.Cancelled.IsCompleted, "the workspace query was not cancelled");
    }

    [Fact]
    public async Task A_client_that_disconnects_stops_its_requests_SQL()
    {
        // Arrange
        var slowSql = new SlowWorkspaceSql();
        await using var factory = SlowServer(slowSql, timeout: "00:01:00");
        var http = factory.CreateClient();
        using var disconnect = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Endpoint) { Content = JsonContent.Create(new { query = Query }) };
        request.Headers.Authorization = new("Bearer", new DemoDataOptions().Token);

        // Act
        var sending = http.SendAsync(request, disconnect.Token);
        await slowSql.Started.WaitAsync(TimeSpan.FromSeconds(10));
        await disconnect.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await slowSql.Cancelled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private WebApplicationFactory<Program> SlowServer(SlowWorkspaceSql slowSql, string timeout)
        => server.Factory.WithWebHostBuilder(web =>
        {
            web.UseSetting("GraphQLLimits:Timeout", timeout);
            web.ConfigureTestServices(services => services.AddSingleton<ISqlReadListener>(slowSql));
        });
}
