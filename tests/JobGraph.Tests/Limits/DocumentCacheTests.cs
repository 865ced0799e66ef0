using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Limits;

/// <summary>
/// A document is parsed and validated once, but what depends on the request is still checked on every request:
/// variable values, the HTTP method, and documents that failed validation.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DocumentCacheTests(ServerFixture server)
{
    private const string PolledJobWorks = """
        query PolledJobWorksForTheCache($workspaceId: ID!, $connectionId: ID!, $limit: Int, $sortBy: SortBy) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                jobWorks(limit: $limit, sortBy: $sortBy) { id }
              }
            }
          }
        }
        """;

    [Theory]
    [InlineData("limit", "-1")]
    [InlineData("limit", "1001")]
    [InlineData("sortBy", """{ "field": "name" }""")]
    public async Task A_document_answered_before_still_refuses_an_invalid_variable(string variable, string json)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var client = server.Client(tenant.Token);
        var valid = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, limit = 1 };
        (await client.PostAsync(PolledJobWorks, valid)).AssertData();
        (await client.PostAsync(PolledJobWorks, valid)).AssertData();
        var invalid = new Dictionary<string, object?>
        {
            ["workspaceId"] = tenant.WorkspaceId,
            ["connectionId"] = tenant.ConnectionId,
            [variable] = JsonNode.Parse(json),
        };

        // Act
        var response = await client.PostAsync(PolledJobWorks, invalid);

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_refused_again()
    {
        // Arrange
        const string query = "query UnknownFieldForTheCache { me { noSuchField } }";
        var client = server.DemoClient();
        var first = await client.PostAsync(query);

        // Act
        var second = await client.PostAsync(query);

        // Assert
        var code = Assert.Single(first.ErrorCodes);
        Assert.NotNull(code);
        second.AssertRejected(code);
    }

    [Fact]
    public async Task A_mutation_answered_to_a_post_is_still_refused_to_a_get()
    {
        // Arrange
        const string query = "mutation TouchForTheCache { __typename }";
        var client = server.DemoClient();
        (await client.PostAsync(query)).AssertData();

        // Act
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}"));

        // Assert
        Assert.Equal(405, response.StatusCode);
        Assert.Contains("METHOD_NOT_ALLOWED", response.ErrorCodes);
    }
}
