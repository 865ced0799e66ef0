using JobGraph.Server.Auth;
using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// createJobWorkArtifacts: work artifacts and their job artifacts, idempotent by the partner's external id, and the
/// re-fetch of a failed or cancelled artifact from a new URL (DESIGN.md, workArtifact.status), in one transaction.
/// </summary>
public sealed class JobArtifactCommands(IDbContextFactory<JobGraphDbContext> dbFactory, TimeProvider clock, IOptions<MutationOptions> options)
{
    public Task<IReadOnlyList<JobArtifact>> CreateAsync(
        string userId, string jobWorkId, IReadOnlyList<CreateJobWorkArtifactsInput> inputs, CancellationToken cancellationToken)
    {
        var metadata = ArtifactInputChecks.Check(inputs, options.Value.MaxInputsPerCall);
        var externalIds = inputs.Select(input => input.ExternalId).ToArray();
        return WriteTransaction.RunAsync<IReadOnlyList<JobArtifact>>(dbFactory, async db =>
        {
            var mine = WorkspaceAccess.WorkspaceIdsOf(db, userId);
            var jobWork = await db.JobWorks.AsNoTracking()
                .Where(jw => jw.Id == jobWorkId && mine.Contains(jw.WorkspaceId))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw MutationErrors.NotFound("Job work", jobWorkId);
            var job = await db.ConnectionJobs.AsNoTracking()
                .SingleAsync(j => j.Id == jobWork.ConnectionJobId && j.WorkspaceId == jobWork.WorkspaceId, cancellationToken);
            var artifacts = await db.WorkArtifacts
                .Where(a => a.WorkId == jobWork.WorkId && a.WorkspaceId == jobWork.WorkspaceId && externalIds.Contains(a.ExternalId))
                .ToDictionaryAsync(a => a.ExternalId, StringComparer.Ordinal, cancellationToken);
            var artifactIds = artifacts.Values.Select(a => a.Id).ToArray();
            var jobArtifacts = await db.JobArtifacts.AsNoTracking()
                .Where(ja => ja.JobWorkId == jobWork.Id && artifactIds.Contains(ja.WorkArtifactId))
                .ToDictionaryAsync(ja => ja.WorkArtifactId, StringComparer.Ordinal, cancellationToken);
            var fetches = (await db.Tasks.AsNoTracking()
                    .Where(t => t.WorkspaceId == jobWork.WorkspaceId && t.Kind == TaskKind.FetchArtifact && artifactIds.Contains(t.WorkArtifactId!))
                    .ToListAsync(cancellationToken))
                .ToLookup(t => t.WorkArtifactId!, StringComparer.Ordinal);

            var now = clock.GetUtcNow().UtcDateTime;
            var result = new List<JobArtifact>(inputs.Count);
            var addsRows = false;
            var fetchesAgain = false;
            for (var i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                var at = InputChecks.InputOrder(now, i);
                if (!artifacts.TryGetValue(input.ExternalId, out var artifact))
                {
                    artifact = new WorkArtifact
                    {
                        Id = Ids.New("artifact"),
                        WorkspaceId = jobWork.WorkspaceId,
                        ConnectionId = jobWork.ConnectionId,
                        WorkId = jobWork.WorkId,
                        ExternalId = input.ExternalId,
                        Name = input.Name,
                        Type = input.Type,
                        SourceUrl = input.Url,
                        MetadataJson = metadata[i],
                        CreatedAt = at,
                        UpdatedAt = at,
                    };
                    db.WorkArtifacts.Add(artifact);
                }
                else if (input.Url is not null
                    && StatusRules.ArtifactStatus([.. fetches[artifact.Id]]) is ArtifactStatuses.Failed or ArtifactStatuses.Cancelled)
                {
                    // Re-created with a URL after its fetch ended badly: fetch it again. Before the import starts,
                    // initiateTaxPrepsImport creates the fetch; after, it is added here.
                    artifact.SourceUrl = input.Url;
                    artifact.MetadataJson = metadata[i] ?? artifact.MetadataJson;
                    artifact.UpdatedAt = at;
                    if (jobArtifacts.ContainsKey(artifact.Id) && job.ImportInitiatedAt is not null)
                    {
                        db.Tasks.Add(ConnectionJobCommands.NewTask(
                            job, TaskKind.FetchArtifact, TaskState.Queued, $"Fetch {artifact.Name}", jobWork.Id, jobWork.WorkId, artifact.Id, at));
                        fetchesAgain = true;
                    }
                }

                if (!jobArtifacts.TryGetValue(artifact.Id, out var jobArtifact))
                {
                    jobArtifact = new JobArtifact
                    {
                        Id = Ids.New("job_artifact"),
                        WorkspaceId = jobWork.WorkspaceId,
                        ConnectionJobId = jobWork.ConnectionJobId,
                        JobWorkId = jobWork.Id,
                        WorkArtifactId = artifact.Id,
                        CreatedAt = at,
                        UpdatedAt = at,
                    };
                    db.JobArtifacts.Add(jobArtifact);
                    addsRows = true;
                }

                result.Add(jobArtifact);
            }

            // A repeated call finds every artifact in place and writes nothing, even once the import has started.
            if (!db.ChangeTracker.HasChanges())
            {
                return result;
            }

            await ConnectionJobCommands.HoldOpenAsync(db, job, afterImportStarted: !addsRows, now, cancellationToken);
            if (fetchesAgain)
            {
                await ImportAgainAsync(db, job, jobWork, InputChecks.InputOrder(now, inputs.Count), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return result;
        }, cancellationToken);
    }

    /// <summary>
    /// A work whose import already ran (or runs) gets a new pending import task, which the worker queues once the
    /// new fetch ends; otherwise the work would keep the result of an import that missed the re-fetched file.
    /// </summary>
    private static async Task ImportAgainAsync(JobGraphDbContext db, ConnectionJob job, Works.JobWork jobWork, DateTime now, CancellationToken cancellationToken)
    {
        var latestImport = await db.Tasks.AsNoTracking()
            .Where(t => t.ConnectionJobId == job.Id && t.JobWorkId == jobWork.Id && t.Kind == TaskKind.ImportWork)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => (TaskState?)t.Status)
            .FirstOrDefaultAsync(cancellationToken);
        if (latestImport == TaskState.Pending)
        {
            return;
        }

        var workName = await db.Works.AsNoTracking()
            .Where(w => w.Id == jobWork.WorkId && w.WorkspaceId == jobWork.WorkspaceId)
            .Select(w => w.Name)
            .SingleAsync(cancellationToken);
        db.Tasks.Add(ConnectionJobCommands.NewTask(
            job, TaskKind.ImportWork, TaskState.Pending, $"Import {workName}", jobWork.Id, jobWork.WorkId, null, now));
    }
}
