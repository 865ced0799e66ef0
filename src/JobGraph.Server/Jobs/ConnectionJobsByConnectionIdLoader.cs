using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Jobs;

public sealed class ConnectionJobsByConnectionIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : ChildListLoader<ListQuery<ConnectionJobFilters>, ConnectionJob>
{
    public static readonly SortFields<ConnectionJob> Sort = new SortFields<ConnectionJob>(j => j.Id, new("createdAt", false))
        .Add("createdAt", j => j.CreatedAt)
        .Add("updatedAt", j => j.UpdatedAt)
        .Add("name", j => j.Name);

    protected override async Task<ILookup<string, ConnectionJob>> FetchAsync(
        ListQuery<ConnectionJobFilters> args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Connections.AsNoTracking()
            .Window(c => c.Id, c => c.ConnectionJobs, j => j.ConnectionId, parentIds, args.Filters.Predicate(), Sort, args.Window)
            .ToListAsync(cancellationToken);
        return rows.ToLookup(j => j.ConnectionId, StringComparer.Ordinal);
    }
}
