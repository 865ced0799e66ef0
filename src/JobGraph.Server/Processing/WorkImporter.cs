using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Processing;

/// <summary>
/// Runs an import task: the work is imported when every artifact it has in the job has a completed latest fetch
/// (the fetch whose result the artifact shows); otherwise the import fails and names the files that are missing.
/// </summary>
public sealed class WorkImporter(IDbContextFactory<JobGraphDbContext> dbFactory)
{
    public async Task<TaskOutcome> ImportAsync(JobTask task, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var artifacts = await db.JobArtifacts.AsNoTracking()
            .Where(ja => ja.JobWorkId == task.JobWorkId)
            .OrderBy(ja => ja.CreatedAt).ThenBy(ja => ja.Id)
            .Select(ja => new { ja.WorkArtifactId, ja.WorkArtifact!.Name })
            .ToListAsync(cancellationToken);
        var artifactIds = artifacts.Select(a => a.WorkArtifactId).ToList();
        var fetches = await db.Tasks.AsNoTracking()
            .Where(t => t.Kind == TaskKind.FetchArtifact && t.WorkArtifactId != null && artifactIds.Contains(t.WorkArtifactId))
            .ToListAsync(cancellationToken);
        var missing = artifacts
            .Where(a => StatusRules.LatestFetch(fetches.Where(f => f.WorkArtifactId == a.WorkArtifactId).ToList())?.Status != TaskState.Complete)
            .Select(a => a.Name)
            .ToList();
        return missing.Count == 0
            ? TaskOutcome.Completed()
            : TaskOutcome.Failed(TaskErrorCodes.ImportIncomplete, $"Not every file of the work was fetched; missing: {string.Join(", ", missing)}.");
    }
}
