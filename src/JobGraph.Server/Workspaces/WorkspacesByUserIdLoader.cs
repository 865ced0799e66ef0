using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Workspaces;

/// <summary>The workspaces each user is a member of: membership is the only way in.</summary>
public sealed class WorkspacesByUserIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : ChildListLoader<WorkspaceFilters, Workspace>
{
    protected override async Task<ILookup<string, Workspace>> FetchAsync(
        WorkspaceFilters args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        var ids = args.Ids?.Values.ToArray();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkspaceMemberships.AsNoTracking()
            .Where(KeyFilter.In<WorkspaceMembership>(m => m.UserId, parentIds))
            .Where(m => ids == null || ids.Contains(m.WorkspaceId))
            .OrderBy(m => m.Workspace!.CreatedAt).ThenBy(m => m.WorkspaceId)
            .Select(m => new { m.UserId, Workspace = m.Workspace! })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.UserId, r => r.Workspace, StringComparer.Ordinal);
    }
}
