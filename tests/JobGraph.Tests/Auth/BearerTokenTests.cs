using JobGraph.Server.Auth;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Auth;

[Collection(ServerCollection.Name)]
public sealed class BearerTokenTests(ServerFixture server)
{
    private const string MeQuery = "query Me { me { id email role } }";

    [Fact]
    public async Task Me_is_the_token_user()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();

        // Act
        var response = await server.Client(tenant.Token).PostAsync(MeQuery);

        // Assert
        var me = response.AssertData()["me"]!;
        Assert.Equal(tenant.UserId, (string?)me["id"]);
        Assert.Equal("user", (string?)me["role"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("jg_not_a_real_token")]
    public async Task Missing_or_unknown_token_gets_UNAUTHENTICATED(string? token)
    {
        // Act
        var response = await server.Client(token).PostAsync(MeQuery);

        // Assert
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Data!["me"]);
    }

    [Fact]
    public async Task Graphql_response_clients_get_401_without_a_token()
    {
        // Act
        var response = await server.Client().PostAsync(MeQuery, accept: "application/graphql-response+json");

        // Assert
        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.Select(h => h.Scheme));
    }

    [Fact]
    public async Task A_non_bearer_authorization_header_gets_UNAUTHENTICATED()
    {
        // Arrange
        var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Endpoint) { Content = System.Net.Http.Json.JsonContent.Create(new { query = MeQuery }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Basic dXNlcjpwYXNz");

        // Act
        var response = await server.Client().SendAsync(request);

        // Assert
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Revoked_or_expired_token_gets_UNAUTHENTICATED(bool revoked, bool expired)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var token = TestIds.New("token");
        await server.SeedAsync(db => db.ApiTokens.Add(new ApiToken
        {
            Id = TestIds.New("apitoken"),
            UserId = tenant.UserId,
            TokenHash = TokenHasher.Hash(token),
            Name = "old",
            CreatedAt = Tenant.Epoch,
            RevokedAt = revoked ? Tenant.Epoch : null,
            ExpiresAt = expired ? DateTime.UtcNow.AddMinutes(-1) : null,
        }));

        // Act
        var response = await server.Client(token).PostAsync(MeQuery);

        // Assert
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Schema_questions_need_no_token()
    {
        // Act
        var response = await server.Client().PostAsync("query Ping { __typename __type(name: \"Work\") { name } }");

        // Assert
        Assert.Equal("Work", (string?)response.AssertData()["__type"]!["name"]);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();

        // Act
        await using var db = await server.Factory.Services.GetRequiredService<IDbContextFactory<Server.Data.JobGraphDbContext>>().CreateDbContextAsync();
        var stored = await db.ApiTokens.Where(t => t.UserId == tenant.UserId).Select(t => t.TokenHash).SingleAsync();

        // Assert
        Assert.NotEqual(tenant.Token, stored);
        Assert.Equal(64, stored.Length);
        Assert.DoesNotContain(tenant.Token, await File.ReadAllTextAsync(server.DatabasePath), StringComparison.Ordinal);
    }
}
