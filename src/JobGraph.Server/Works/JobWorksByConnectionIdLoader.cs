using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Works;

public sealed class JobWorksByConnectionIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : ChildListLoader<ListQuery<JobWorkFilters>, JobWork>
{
    public static readonly SortFields<JobWork> Sort = new SortFields<JobWork>(jw => jw.Id, new("createdAt", false))
        .Add("createdAt", jw => jw.CreatedAt)
        .Add("updatedAt", jw => jw.UpdatedAt)
        .Add("workId", jw => jw.WorkId)
        .Add("connectionJobId", jw => jw.ConnectionJobId);

    protected override async Task<ILookup<string, JobWork>> FetchAsync(
        ListQuery<JobWorkFilters> args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Connections.AsNoTracking()
            .Window(c => c.Id, c => c.JobWorks, jw => jw.ConnectionId, parentIds, args.Filters.Predicate(), Sort, args.Window)
            .ToListAsync(cancellationToken);
        return rows.ToLookup(jw => jw.ConnectionId, StringComparer.Ordinal);
    }
}
