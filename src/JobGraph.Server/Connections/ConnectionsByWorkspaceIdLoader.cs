using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Connections;

public sealed class ConnectionsByWorkspaceIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : ChildListLoader<ListQuery<ConnectionFilters>, ProviderConnection>
{
    public static readonly SortFields<ProviderConnection> Sort = new SortFields<ProviderConnection>(c => c.Id, new("createdAt", false))
        .Add("createdAt", c => c.CreatedAt)
        .Add("updatedAt", c => c.UpdatedAt)
        .Add("providerKey", c => c.ProviderKey)
        .Add("status", c => c.Status)
        .Add("displayName", c => c.DisplayName);

    protected override async Task<ILookup<string, ProviderConnection>> FetchAsync(
        ListQuery<ConnectionFilters> args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Workspaces.AsNoTracking()
            .Window(w => w.Id, w => w.Connections, c => c.WorkspaceId, parentIds, args.Filters.Predicate(), Sort, args.Window)
            .ToListAsync(cancellationToken);
        return rows.ToLookup(c => c.WorkspaceId, StringComparer.Ordinal);
    }
}
