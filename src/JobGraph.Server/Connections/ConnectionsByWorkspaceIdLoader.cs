using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Connections;

public sealed class ConnectionsByWorkspaceIdLoader(SqlReads sql) : ChildListLoader<ListQuery<ConnectionFilters>, ProviderConnection>
{
    public static readonly SortFields<ProviderConnection> Sort = new SortFields<ProviderConnection>(new("createdAt", false))
        .Add("createdAt", "CreatedAt")
        .Add("updatedAt", "UpdatedAt")
        .Add("providerKey", "ProviderKey")
        .Add("status", "Status")
        .Add("displayName", "DisplayName");

    protected override async Task<ILookup<string, ProviderConnection>> FetchAsync(
        ListQuery<ConnectionFilters> args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        var query = ChildQuery.Window(ProviderConnectionRows.Table, "WorkspaceId", parentIds, "", args.Filters.Where, Sort, args.Window);
        var rows = await sql.ListAsync(query, ProviderConnectionRows.Table.Read, cancellationToken);
        return rows.ToLookup(c => c.WorkspaceId, StringComparer.Ordinal);
    }
}
