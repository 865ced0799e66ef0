using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobGraph.Server.Data;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Http;

/// <summary>Apollo automatic persisted queries: a client sends the hash first and the query only when the server asks.</summary>
[Collection(ServerCollection.Name)]
public sealed class PersistedQueryTests(ServerFixture server)
{
    [Fact]
    public async Task An_unknown_hash_without_a_query_asks_the_client_for_the_query()
    {
        // Arrange
        var query = UniqueQuery();

        // Act
        var response = await PostAsync(server.DemoClient(), null, Hash(query));

        // Assert
        response.AssertRejected("PERSISTED_QUERY_NOT_FOUND");
    }

    [Fact]
    public async Task A_hash_with_its_query_runs_and_registers_it_so_the_hash_alone_runs_it_again_over_POST_and_GET()
    {
        // Arrange
        var query = UniqueQuery();
        var client = server.DemoClient();

        // Act
        var register = await PostAsync(client, query, Hash(query));
        var hit = await PostAsync(client, null, Hash(query));
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = Hash(query) } }));
        var get = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?extensions={extensions}"));

        // Assert
        register.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
        hit.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
        get.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
    }

    [Fact]
    public async Task A_query_that_does_not_match_its_hash_is_refused_with_400_and_not_registered()
    {
        // Arrange
        var query = UniqueQuery();
        var otherHash = Hash(UniqueQuery());

        // Act
        var mismatch = await PostAsync(server.DemoClient(), query, otherHash);
        var afterwards = await PostAsync(server.DemoClient(), null, otherHash);

        // Assert
        mismatch.AssertRejected("PERSISTED_QUERY_HASH_MISMATCH", statusCode: 400);
        afterwards.AssertRejected("PERSISTED_QUERY_NOT_FOUND");
    }

    [Fact]
    public async Task A_persisted_query_version_other_than_1_is_refused()
    {
        // Arrange
        var query = UniqueQuery();
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Endpoint)
        {
            Content = JsonContent.Create(new { query, extensions = new { persistedQuery = new { version = 2, sha256Hash = Hash(query) } } }),
        };

        // Act
        var response = await server.DemoClient().SendAsync(request);

        // Assert
        response.AssertRejected("PERSISTED_QUERY_NOT_SUPPORTED", statusCode: 400);
    }

    [Fact]
    public async Task The_cache_keeps_no_more_query_text_than_its_size_limit()
    {
        // Arrange: a cache smaller than the query.
        await using var factory = server.Factory.WithWebHostBuilder(web => web.UseSetting("PersistedOperations:CacheBytes", "64"));
        var client = new GraphQLClient(factory.CreateClient(), new DemoDataOptions().Token);
        var query = UniqueQuery();

        // Act
        var register = await PostAsync(client, query, Hash(query));
        var hashOnly = await PostAsync(client, null, Hash(query));

        // Assert
        register.AssertData();
        hashOnly.AssertRejected("PERSISTED_QUERY_NOT_FOUND");
    }

    internal static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    internal static async Task<GraphQLResponse> PostAsync(GraphQLClient client, string? query, string hash)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Endpoint)
        {
            Content = JsonContent.Create(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }),
        };
        return await client.SendAsync(request);
    }

    // A comment makes the text, and so the hash, unique to the test: nothing registered it before.
    private static string UniqueQuery() => $"query Workspaces {{ me {{ workspaces {{ id }} }} }} # {Guid.NewGuid():N}";
}
