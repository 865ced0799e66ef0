using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>The jobWorks of a tenant's own connection, with every list argument passed as a variable.</summary>
public static class JobWorksQuery
{
    public const string Document = """
        query ConnectionJobWorks(
          $workspaceId: ID!, $connectionId: ID!, $filters: JobWorkFilters, $limit: Int, $offset: Int, $sortBy: SortBy
        ) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                jobWorks(filters: $filters, limit: $limit, offset: $offset, sortBy: $sortBy) { id }
              }
            }
          }
        }
        """;

    /// <summary>Runs <see cref="Document"/> as the tenant and returns the job works' ids in the order answered.</summary>
    public static async Task<string[]> JobWorkIdsAsync(
        this ServerFixture server, Tenant tenant, object? filters = null, int? limit = null, int? offset = null, object? sortBy = null)
    {
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, filters, limit, offset, sortBy };
        var response = await server.Client(tenant.Token).PostAsync(Document, variables);
        return IdList.Read(MeTree.FirstConnection(response.AssertData())["jobWorks"]);
    }
}
