using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>An invalid limit, offset or sortBy on jobWorks is INVALID_VALUE before execution, as a literal or a variable.</summary>
[Collection(ServerCollection.Name)]
public sealed class JobWorkWindowValidationTests(ServerFixture server)
{
    [Theory]
    [InlineData("""sortBy: { field: "name" }""")]
    [InlineData("""sortBy: { field: "CreatedAt" }""")]
    [InlineData("""sortBy: { field: "createdAt", direction: "sideways" }""")]
    [InlineData("""sortBy: { field: "createdAt", direction: "" }""")]
    [InlineData("limit: -1")]
    [InlineData("limit: 1001")]
    [InlineData("offset: -1")]
    public async Task Invalid_window_argument_in_the_document_is_rejected_before_execution(string argument)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var query = $$"""
            query InvalidJobWorksWindow($workspaceId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections { jobWorks({{argument}}) { id } }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }

    [Theory]
    [InlineData("sortBy", """{ "field": "name" }""")]
    [InlineData("sortBy", """{ "field": "createdAt", "direction": "sideways" }""")]
    [InlineData("limit", "-1")]
    [InlineData("limit", "1001")]
    [InlineData("offset", "-5")]
    public async Task Invalid_window_variable_is_rejected_before_execution(string variable, string json)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var variables = new Dictionary<string, object?>
        {
            ["workspaceId"] = tenant.WorkspaceId,
            ["connectionId"] = tenant.ConnectionId,
            [variable] = JsonNode.Parse(json),
        };

        // Act
        var response = await server.Client(tenant.Token).PostAsync(JobWorksQuery.Document, variables);

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }

    [Fact]
    public async Task Invalid_sort_field_is_answered_400_to_graphql_response_json_clients()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, sortBy = new { field = "name" } };

        // Act
        var response = await server.Client(tenant.Token).PostAsync(JobWorksQuery.Document, variables, accept: "application/graphql-response+json");

        // Assert
        response.AssertRejected("INVALID_VALUE", 400, "application/graphql-response+json");
    }
}
