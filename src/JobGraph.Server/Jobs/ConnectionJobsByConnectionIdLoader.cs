using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Jobs;

public sealed class ConnectionJobsByConnectionIdLoader(SqlReads sql) : ChildListLoader<ListQuery<ConnectionJobFilters>, ConnectionJob>
{
    public static readonly SortFields<ConnectionJob> Sort = new SortFields<ConnectionJob>(new("createdAt", false))
        .Add("createdAt", "CreatedAt")
        .Add("updatedAt", "UpdatedAt")
        .Add("name", "Name");

    // A job shows under its connection only within the connection's workspace.
    private const string SameWorkspaceConnection =
        " INNER JOIN \"Connections\" AS \"c\" ON \"c\".\"Id\" = \"t\".\"ConnectionId\" AND \"c\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"";

    protected override async Task<ILookup<string, ConnectionJob>> FetchAsync(
        ListQuery<ConnectionJobFilters> args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        var query = ChildQuery.Window(ConnectionJobRows.Table, "ConnectionId", parentIds, SameWorkspaceConnection, args.Filters.Where, Sort, args.Window);
        var rows = await sql.ListAsync(query, ConnectionJobRows.Table.Read, cancellationToken);
        return rows.ToLookup(j => j.ConnectionId, StringComparer.Ordinal);
    }
}
