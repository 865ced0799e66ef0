using JobGraph.Server.RateLimiting;
using JobGraph.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobGraph.Tests.RateLimiting;

/// <summary>Per-token rate limits, on a second server over the fixture's database with <c>RateLimiting:Enabled</c>.</summary>
[Collection(ServerCollection.Name)]
public sealed class RateLimitingTests(ServerFixture server)
{
    private const int Permits = 2;
    private const string MeQuery = "query Me { me { id } }";

    [Fact]
    public async Task A_token_over_its_limit_gets_429_with_Retry_After_and_a_RATE_LIMITED_error()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        await using var limited = RateLimitedServer();
        var client = Client(limited, tenant.Token);
        await UseUpTheLimitAsync(client);

        // Act
        var response = await client.PostAsync(MeQuery);

        // Assert
        Assert.Equal(429, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        response.AssertRejected("RATE_LIMITED", statusCode: 429);
    }

    [Fact]
    public async Task Another_token_is_unaffected_when_one_token_is_over_its_limit()
    {
        // Arrange
        var busy = await server.CreateTenantAsync();
        var quiet = await server.CreateTenantAsync();
        await using var limited = RateLimitedServer();
        var busyClient = Client(limited, busy.Token);
        await UseUpTheLimitAsync(busyClient);
        Assert.Equal(429, (await busyClient.PostAsync(MeQuery)).StatusCode);

        // Act
        var response = await Client(limited, quiet.Token).PostAsync(MeQuery);

        // Assert
        Assert.Equal(quiet.UserId, (string?)response.AssertData()["me"]!["id"]);
    }

    [Fact]
    public async Task Requests_without_a_valid_token_share_their_client_address_limit_whatever_token_they_invent()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        await using var limited = RateLimitedServer();
        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal(200, (await Client(limited, TestIds.New("invented")).PostAsync(MeQuery)).StatusCode);
        }

        // Act
        var invented = await Client(limited, TestIds.New("invented")).PostAsync(MeQuery);
        var anonymous = await Client(limited, token: null).PostAsync("query Ping { __typename }");
        var valid = await Client(limited, tenant.Token).PostAsync(MeQuery);

        // Assert
        invented.AssertRejected("RATE_LIMITED", statusCode: 429);
        anonymous.AssertRejected("RATE_LIMITED", statusCode: 429);
        Assert.Equal(tenant.UserId, (string?)valid.AssertData()["me"]!["id"]);
    }

    [Fact]
    public async Task Graphql_response_clients_get_the_429_error_in_their_media_type()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        await using var limited = RateLimitedServer();
        var client = Client(limited, tenant.Token);
        await UseUpTheLimitAsync(client);

        // Act
        var response = await client.PostAsync(MeQuery, accept: "application/graphql-response+json");

        // Assert
        response.AssertRejected("RATE_LIMITED", statusCode: 429, mediaType: "application/graphql-response+json");
    }

    [Fact]
    public async Task Rate_limiting_is_off_by_default()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var client = server.Client(tenant.Token);
        var requests = new RateLimitingOptions().PermitLimit + 1;

        // Act
        var statuses = new List<int>();
        for (var i = 0; i < requests; i++)
        {
            statuses.Add((await client.PostAsync(MeQuery)).StatusCode);
        }

        // Assert
        Assert.All(statuses, status => Assert.Equal(200, status));
    }

    /// <summary>
    /// A second server on the fixture's database with a limit of <see cref="Permits"/> per ten minutes, so no window
    /// ends during a test. Each test gets its own, so limiter state never leaks between tests.
    /// </summary>
    private WebApplicationFactory<Program> RateLimitedServer() => server.Factory.WithWebHostBuilder(web =>
    {
        web.UseSetting("RateLimiting:Enabled", "true");
        web.UseSetting("RateLimiting:PermitLimit", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        web.UseSetting("RateLimiting:Window", "00:10:00");
    });

    /// <summary>Sends as many requests as the limit allows, each answered normally.</summary>
    private static async Task UseUpTheLimitAsync(GraphQLClient client)
    {
        for (var i = 0; i < Permits; i++)
        {
            (await client.PostAsync(MeQuery)).AssertData();
        }
    }

    private static GraphQLClient Client(WebApplicationFactory<Program> factory, string? token) => new(factory.CreateClient(), token);
}
