using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>An invalid limit, offset or sortBy on connections is INVALID_VALUE before execution.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionWindowValidationTests(ServerFixture server)
{
    [Theory]
    [InlineData("""sortBy: { field: "name" }""")]
    [InlineData("""sortBy: { field: "workId" }""")]
    [InlineData("""sortBy: { field: "providerKey", direction: "up" }""")]
    [InlineData("limit: -1")]
    [InlineData("limit: 1001")]
    [InlineData("offset: -1")]
    public async Task Invalid_window_argument_is_rejected_before_execution(string argument)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var query = $$"""
            query InvalidConnectionsWindow($workspaceId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections({{argument}}) { id } } }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }
}
