using JobGraph.Server.Data;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Auth;

/// <summary>The demo data the server seeds is the demo user's: a fresh tenant reaches none of it, not even by its documented ids.</summary>
[Collection(ServerCollection.Name)]
public sealed class DemoDataScopingTests(ServerFixture server)
{
    [Fact]
    public async Task Demo_workspace_is_not_visible_to_a_fresh_tenant()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        const string query = """
            query DemoWorkspace($ids: [ID!]) {
              all: me { workspaces { id } }
              demo: me { workspaces(filters: { ids: $ids }) { id connections { id } } }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { ids = new[] { DemoData.WorkspaceId } });

        // Assert
        response.AssertDataEquals($$$"""
            {"all":{"workspaces":[{"id":"{{{tenant.WorkspaceId}}}"}]},"demo":{"workspaces":[]}}
            """);
    }

    [Fact]
    public async Task Demo_connection_and_job_ids_under_a_fresh_tenants_connection_match_nothing()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        const string query = """
            query DemoIds($workspaceId: ID!, $connectionIds: [ID!]) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  byDemoConnection: connections(filters: { ids: $connectionIds }) { id }
                  connections {
                    jobWorks(filters: { ids: ["job_work_456", "job_work_789"] }) { id }
                    byJob: jobWorks(filters: { connectionJobIds: ["job_123456"] }) { id }
                    byWork: jobWorks(filters: { workIds: ["work_789", "work_790"] }) { id }
                    connectionJobs(filters: { ids: ["job_123456", "job_123457"] }) { id }
                  }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(
            query, new { workspaceId = tenant.WorkspaceId, connectionIds = new[] { DemoData.ConnectionId, "connection_790" } });

        // Assert
        response.AssertDataEquals("""
            {"me":{"workspaces":[{"byDemoConnection":[],"connections":[
              {"jobWorks":[],"byJob":[],"byWork":[],"connectionJobs":[]}
            ]}]}}
            """);
    }
}
