using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>An invalid limit, offset or sortBy on connectionJobs is INVALID_VALUE before execution.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionJobWindowValidationTests(ServerFixture server)
{
    [Theory]
    [InlineData("""sortBy: { field: "workId" }""")]
    [InlineData("""sortBy: { field: "status" }""")]
    [InlineData("""sortBy: { field: "name", direction: "descending" }""")]
    [InlineData("limit: -1")]
    [InlineData("limit: 1001")]
    [InlineData("offset: -2")]
    public async Task Invalid_window_argument_is_rejected_before_execution(string argument)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var query = $$"""
            query InvalidConnectionJobsWindow($workspaceId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections { connectionJobs({{argument}}) { id } } } }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }
}
