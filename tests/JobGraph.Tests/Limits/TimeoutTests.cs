using System.Diagnostics;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Limits;

/// <summary>A request that outlives GraphQLLimits:Timeout is stopped and answered with a timeout error.</summary>
[Collection(ServerCollection.Name)]
public sealed class TimeoutTests(ServerFixture server)
{
    [Fact]
    public async Task Request_past_the_timeout_answers_504_with_TIMEOUT()
    {
        // Arrange: a server on the same database whose timeout no request can meet; the demo data is so small
        // that a warm SQL query may finish inside 1 ms, so the request is the IDE's introspection query,
        // thousands of resolvers (tens of milliseconds at the least).
        await using var factory = server.Factory.WithWebHostBuilder(web => web.UseSetting("GraphQLLimits:Timeout", "00:00:00.001"));
        var client = new GraphQLClient(factory.CreateClient(), new JobGraph.Server.Data.DemoDataOptions().Token);
        var started = Stopwatch.StartNew();

        // Act
        var response = await client.PostAsync(IntrospectionQuery.Document, accept: "application/graphql-response+json");

        // Assert
        Assert.Equal(504, response.StatusCode);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
        Assert.Null(response.Data);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"answered after {started.Elapsed}");
    }
}
