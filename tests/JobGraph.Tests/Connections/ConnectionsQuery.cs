using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>The connections of a tenant's own workspace, with every list argument passed as a variable.</summary>
public static class ConnectionsQuery
{
    public const string Document = """
        query WorkspaceConnections($workspaceId: ID!, $filters: ConnectionFilters, $limit: Int, $offset: Int, $sortBy: SortBy) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: $filters, limit: $limit, offset: $offset, sortBy: $sortBy) { id }
            }
          }
        }
        """;

    /// <summary>Runs <see cref="Document"/> as the tenant and returns the connections' ids in the order answered.</summary>
    public static async Task<string[]> ConnectionIdsAsync(
        this ServerFixture server, Tenant tenant, object? filters = null, int? limit = null, int? offset = null, object? sortBy = null)
    {
        var variables = new { workspaceId = tenant.WorkspaceId, filters, limit, offset, sortBy };
        var response = await server.Client(tenant.Token).PostAsync(Document, variables);
        return IdList.Read(MeTree.Connections(response.AssertData()));
    }
}
