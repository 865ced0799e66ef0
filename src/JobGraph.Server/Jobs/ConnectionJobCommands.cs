using JobGraph.Server.Auth;
using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Jobs;

/// <summary>The writes of a connection job's life: create it, start its import, cancel it. Each call is one transaction.</summary>
public sealed class ConnectionJobCommands(IDbContextFactory<JobGraphDbContext> dbFactory, TimeProvider clock)
{
    public Task<ConnectionJob> CreateAsync(string userId, string connectionId, string jobName, CancellationToken cancellationToken)
    {
        InputChecks.Text(jobName, "jobName");
        return WriteTransaction.RunAsync(dbFactory, async db =>
        {
            var mine = WorkspaceAccess.WorkspaceIdsOf(db, userId);
            var connection = await db.Connections.AsNoTracking()
                .Where(c => c.Id == connectionId && mine.Contains(c.WorkspaceId))
                .Select(c => new { c.Id, c.WorkspaceId })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw MutationErrors.NotFound("Provider connection", connectionId);
            var now = clock.GetUtcNow().UtcDateTime;
            var job = new ConnectionJob
            {
                Id = Ids.New("job"),
                WorkspaceId = connection.WorkspaceId,
                ConnectionId = connection.Id,
                Name = jobName,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.ConnectionJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            return job;
        }, cancellationToken);
    }

    /// <summary>
    /// Starts the import: one queued fetch task per job artifact and one import task per job work, which the worker
    /// queues once the work's last fetch ends. A work without artifacts has nothing to wait for: its import is queued at once.
    /// </summary>
    public Task<ConnectionJob> InitiateImportAsync(string userId, string connectionJobId, CancellationToken cancellationToken)
        => WriteTransaction.RunAsync(dbFactory, async db =>
        {
            var job = await FindAsync(db, userId, connectionJobId, cancellationToken);
            if (job.CancelledAt is not null || job.AbortedAt is not null)
            {
                throw MutationErrors.Conflict($"Connection job '{job.Id}' is {(job.CancelledAt is not null ? "cancelled" : "aborted")}; its import cannot start. Create a new connection job.");
            }

            if (job.ImportInitiatedAt is not null)
            {
                throw AlreadyInitiated(job.Id);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            // The conditional update makes a concurrent initiate or cancel lose cleanly on any database.
            var started = await db.ConnectionJobs
                .Where(j => j.Id == job.Id && j.ImportInitiatedAt == null && j.CancelledAt == null && j.AbortedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.ImportInitiatedAt, now).SetProperty(j => j.UpdatedAt, now), cancellationToken);
            if (started == 0)
            {
                throw AlreadyInitiated(job.Id);
            }

            var jobWorks = await (from jw in db.JobWorks
                                  where jw.ConnectionJobId == job.Id && jw.WorkspaceId == job.WorkspaceId
                                  join w in db.Works on jw.WorkId equals w.Id
                                  orderby jw.CreatedAt, jw.Id
                                  select new { jw.Id, jw.WorkId, w.Name }).AsNoTracking().ToListAsync(cancellationToken);
            var jobArtifacts = await (from ja in db.JobArtifacts
                                      where ja.ConnectionJobId == job.Id && ja.WorkspaceId == job.WorkspaceId
                                      join a in db.WorkArtifacts on ja.WorkArtifactId equals a.Id
                                      orderby ja.CreatedAt, ja.Id
                                      select new { ja.JobWorkId, a.WorkId, WorkArtifactId = a.Id, a.Name }).AsNoTracking().ToListAsync(cancellationToken);
            var withArtifacts = jobArtifacts.Select(ja => ja.JobWorkId).ToHashSet(StringComparer.Ordinal);
            var order = 0;
            foreach (var a in jobArtifacts)
            {
                db.Tasks.Add(NewTask(job, TaskKind.FetchArtifact, TaskState.Queued, $"Fetch {a.Name}", a.JobWorkId, a.WorkId, a.WorkArtifactId,
                    InputChecks.InputOrder(now, order++)));
            }

            foreach (var jw in jobWorks)
            {
                var state = withArtifacts.Contains(jw.Id) ? TaskState.Pending : TaskState.Queued;
                db.Tasks.Add(NewTask(job, TaskKind.ImportWork, state, $"Import {jw.Name}", jw.Id, jw.WorkId, null, InputChecks.InputOrder(now, order++)));
            }

            await db.SaveChangesAsync(cancellationToken);
            job.ImportInitiatedAt = now;
            job.UpdatedAt = now;
            return job;
        }, cancellationToken);

    /// <summary>Cancels the job and every task of it that has not ended; a running fetch sees its task cancelled and stops.</summary>
    public Task<ConnectionJob> CancelAsync(string userId, string connectionJobId, CancellationToken cancellationToken)
        => WriteTransaction.RunAsync(dbFactory, async db =>
        {
            var job = await FindAsync(db, userId, connectionJobId, cancellationToken);
            var tasks = await db.Tasks.AsNoTracking()
                .Where(t => t.ConnectionJobId == job.Id && t.WorkspaceId == job.WorkspaceId)
                .ToListAsync(cancellationToken);
            var status = StatusRules.JobStatus(job, tasks);
            if (StatusRules.IsFinished(status))
            {
                throw AlreadyFinished(job.Id, status);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var cancelled = await db.ConnectionJobs
                .Where(j => j.Id == job.Id && j.CancelledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.CancelledAt, now).SetProperty(j => j.UpdatedAt, now), cancellationToken);
            if (cancelled == 0)
            {
                throw AlreadyFinished(job.Id, JobStatuses.Cancelled);
            }

            await db.Tasks
                .Where(t => t.ConnectionJobId == job.Id
                    && (t.Status == TaskState.Pending || t.Status == TaskState.Queued || t.Status == TaskState.Running))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, TaskState.Cancelled)
                    .SetProperty(t => t.CompletedAt, now)
                    .SetProperty(t => t.UpdatedAt, now)
                    .SetProperty(t => t.LeaseExpiresAt, (DateTime?)null), cancellationToken);
            job.CancelledAt = now;
            job.UpdatedAt = now;
            return job;
        }, cancellationToken);

    /// <summary>
    /// Refuses a call that would add rows to a job that no longer takes them, and otherwise touches the job row, so a
    /// concurrent initiate or cancel waits for this transaction (or this one fails) on databases without serialized writers.
    /// </summary>
    /// <param name="db">The call's context, inside its transaction.</param>
    /// <param name="job">The job as the call read it.</param>
    /// <param name="afterImportStarted">Whether the addition is allowed once the import started (a re-fetch of a failed artifact is).</param>
    /// <param name="now">The call's clock reading.</param>
    /// <param name="cancellationToken">The request's token.</param>
    public static async Task HoldOpenAsync(
        JobGraphDbContext db, ConnectionJob job, bool afterImportStarted, DateTime now, CancellationToken cancellationToken)
    {
        var reason = job.CancelledAt is not null ? "is cancelled"
            : job.AbortedAt is not null ? "is aborted"
            : !afterImportStarted && job.ImportInitiatedAt is not null ? "has started its import"
            : null;
        if (reason is null)
        {
            var held = await db.ConnectionJobs
                .Where(j => j.Id == job.Id && j.CancelledAt == null && j.AbortedAt == null && (afterImportStarted || j.ImportInitiatedAt == null))
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.UpdatedAt, now), cancellationToken);
            if (held == 1)
            {
                return;
            }

            reason = "changed while this call ran";
        }

        throw MutationErrors.Conflict($"Connection job '{job.Id}' {reason}: it takes no new works or artifacts. Create a new connection job.");
    }

    /// <summary>A task of <paramref name="job"/>, created now.</summary>
    public static JobTask NewTask(
        ConnectionJob job, TaskKind kind, TaskState state, string name, string jobWorkId, string workId, string? workArtifactId, DateTime now) => new()
        {
            Id = Ids.New("task"),
            WorkspaceId = job.WorkspaceId,
            ConnectionJobId = job.Id,
            Kind = kind,
            Name = name.Length <= InputChecks.MaxTextLength ? name : name[..InputChecks.MaxTextLength],
            JobWorkId = jobWorkId,
            WorkId = workId,
            WorkArtifactId = workArtifactId,
            Status = state,
            CreatedAt = now,
            UpdatedAt = now,
        };

    private static async Task<ConnectionJob> FindAsync(JobGraphDbContext db, string userId, string connectionJobId, CancellationToken cancellationToken)
    {
        var mine = WorkspaceAccess.WorkspaceIdsOf(db, userId);
        return await db.ConnectionJobs.AsNoTracking()
            .Where(j => j.Id == connectionJobId && mine.Contains(j.WorkspaceId))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw MutationErrors.NotFound("Connection job", connectionJobId);
    }

    private static GraphQL.ExecutionError AlreadyInitiated(string jobId)
        => MutationErrors.Conflict($"The import of connection job '{jobId}' was already initiated.");

    private static GraphQL.ExecutionError AlreadyFinished(string jobId, string status)
        => MutationErrors.Conflict($"Connection job '{jobId}' is already {status}; only a pending or active job can be cancelled.");
}
