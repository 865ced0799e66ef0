using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>The connectionJobs of a tenant's own connection, with every list argument passed as a variable.</summary>
public static class ConnectionJobsQuery
{
    public const string Document = """
        query ConnectionJobs(
          $workspaceId: ID!, $connectionId: ID!, $filters: ConnectionJobFilters, $limit: Int, $offset: Int, $sortBy: SortBy
        ) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                connectionJobs(filters: $filters, limit: $limit, offset: $offset, sortBy: $sortBy) { id }
              }
            }
          }
        }
        """;

    /// <summary>Runs <see cref="Document"/> as the tenant and returns the jobs' ids in the order answered.</summary>
    public static async Task<string[]> ConnectionJobIdsAsync(
        this ServerFixture server, Tenant tenant, object? filters = null, int? limit = null, int? offset = null, object? sortBy = null)
    {
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, filters, limit, offset, sortBy };
        var response = await server.Client(tenant.Token).PostAsync(Document, variables);
        return IdList.Read(MeTree.FirstConnection(response.AssertData())["connectionJobs"]);
    }
}
