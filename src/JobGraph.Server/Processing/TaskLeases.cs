using System.Linq.Expressions;
using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Processing;

/// <summary>
/// Every write the worker makes to a task. Each is one conditional UPDATE, portable SQL (no SQLite-only or
/// PostgreSQL-only syntax): a claim succeeds only where the task is still claimable, and heartbeats and results only
/// where this engine still holds the very claim it made (<see cref="JobTask.Attempts"/> counts claims, so it fences
/// off an older claim of the same engine). A cancelled or taken-over task therefore never gets a result written.
/// </summary>
public sealed class TaskLeases(
    IDbContextFactory<JobGraphDbContext> dbFactory, WorkerEngine engine, TimeProvider clock, IOptions<WorkerOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Claims up to <paramref name="max"/> tasks, oldest first, for this engine.</summary>
    public async Task<IReadOnlyList<JobTask>> ClaimAsync(int max, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Other engines race for the same rows: read a few spare candidates, then claim each with its own conditional UPDATE.
        var candidates = await db.Tasks.AsNoTracking().Where(Claimable(Now))
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Select(t => t.Id).Take(max * 2).ToListAsync(cancellationToken);
        var claimed = new List<JobTask>();
        foreach (var id in candidates)
        {
            // Read the clock per claim, after the candidates: a start time never precedes what made the task claimable.
            var now = Now;
            var leaseUntil = now + options.Value.Lease;
            var rows = await db.Tasks.Where(t => t.Id == id).Where(Claimable(now)).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TaskState.Running)
                .SetProperty(t => t.EngineId, engine.Id)
                .SetProperty(t => t.LeaseExpiresAt, leaseUntil)
                .SetProperty(t => t.Attempts, t => t.Attempts + 1)
                .SetProperty(t => t.StartedAt, now)
                .SetProperty(t => t.UpdatedAt, now), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == id, cancellationToken));
                if (claimed.Count == max)
                {
                    break;
                }
            }
        }

        return claimed;
    }

    /// <summary>Extends the lease; false when the task is no longer this claim's (cancelled, or taken over after expiry).</summary>
    public async Task<bool> RenewAsync(JobTask task, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leaseUntil = Now + options.Value.Lease;
        return await Held(db, task).ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseExpiresAt, leaseUntil), cancellationToken) == 1;
    }

    /// <summary>
    /// Writes the outcome if this claim still holds the task. A fetch that ends terminal queues its work's import task
    /// in the same transaction once no fetch of that work in the job is left.
    /// </summary>
    public async Task<bool> FinishAsync(JobTask task, TaskOutcome outcome, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = Now;
        var terminal = StatusRules.IsTerminal(outcome.State);
        var rows = await Held(db, task).ExecuteUpdateAsync(s =>
        {
            s.SetProperty(t => t.Status, outcome.State)
                .SetProperty(t => t.ErrorCode, outcome.ErrorCode)
                .SetProperty(t => t.Error, outcome.Error)
                .SetProperty(t => t.LeaseExpiresAt, (DateTime?)null)
                .SetProperty(t => t.RunAfter, outcome.RunAfter)
                .SetProperty(t => t.UpdatedAt, now);
            if (terminal)
            {
                s.SetProperty(t => t.CompletedAt, now);
            }

            if (outcome.File is { } file)
            {
                s.SetProperty(t => t.FileSha256, file.Sha256)
                    .SetProperty(t => t.FileSize, file.Size)
                    .SetProperty(t => t.FileMimeType, file.MimeType);
            }
        }, cancellationToken);
        if (rows != 1)
        {
            return false;
        }

        if (terminal && task.Kind == TaskKind.FetchArtifact)
        {
            await ReadyImports(db).Where(t => t.ConnectionJobId == task.ConnectionJobId && t.WorkId == task.WorkId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TaskState.Queued).SetProperty(t => t.UpdatedAt, now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Hands a task back on shutdown so another engine (or this one after a restart) takes it at once.</summary>
    public async Task ReleaseAsync(JobTask task, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = Now;
        await Held(db, task).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.Status, TaskState.Queued)
            .SetProperty(t => t.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(t => t.UpdatedAt, now), cancellationToken);
    }

    /// <summary>
    /// Queues import tasks whose work has no fetch left to wait for: a work without artifacts in its job, which no
    /// finishing fetch would ever queue. Reads first, so an idle poll writes nothing.
    /// </summary>
    public async Task QueueReadyImportsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ready = ReadyImports(db).Where(t => db.ConnectionJobs.Any(j =>
            j.Id == t.ConnectionJobId && j.ImportInitiatedAt != null && j.CancelledAt == null));
        if (await ready.AnyAsync(cancellationToken))
        {
            var now = Now;
            await ready.ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TaskState.Queued).SetProperty(t => t.UpdatedAt, now), cancellationToken);
        }
    }

    /// <summary>The artifact's file URL, read fresh: a re-created artifact may carry a new one.</summary>
    public async Task<string?> SourceUrlAsync(JobTask task, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkArtifacts.AsNoTracking().Where(a => a.Id == task.WorkArtifactId)
            .Select(a => a.SourceUrl).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Queued with a free lease, or running under an expired one (its engine died); never before its backoff ends.
    /// A lease held into the future (the demo data's, until 9999-12-31) keeps a task out of reach.
    /// </summary>
    private static Expression<Func<JobTask, bool>> Claimable(DateTime now) => t =>
        ((t.Status == TaskState.Queued && (t.LeaseExpiresAt == null || t.LeaseExpiresAt < now))
            || (t.Status == TaskState.Running && t.LeaseExpiresAt < now))
        && (t.RunAfter == null || t.RunAfter <= now);

    private IQueryable<JobTask> Held(JobGraphDbContext db, JobTask task) => db.Tasks.Where(t =>
        t.Id == task.Id && t.EngineId == engine.Id && t.Status == TaskState.Running && t.Attempts == task.Attempts);

    private static IQueryable<JobTask> ReadyImports(JobGraphDbContext db) => db.Tasks.Where(t =>
        t.Kind == TaskKind.ImportWork && t.Status == TaskState.Pending
        && !db.Tasks.Any(f => f.Kind == TaskKind.FetchArtifact && f.ConnectionJobId == t.ConnectionJobId && f.WorkId == t.WorkId
            && (f.Status == TaskState.Pending || f.Status == TaskState.Queued || f.Status == TaskState.Running)));
}
