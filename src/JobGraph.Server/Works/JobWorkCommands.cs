using JobGraph.Server.Auth;
using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Works;

/// <summary>createJobWorks: works and their job works, idempotent by the partner's external id, in one transaction.</summary>
public sealed class JobWorkCommands(IDbContextFactory<JobGraphDbContext> dbFactory, TimeProvider clock, IOptions<MutationOptions> options)
{
    public Task<IReadOnlyList<JobWork>> CreateAsync(
        string userId, string connectionJobId, IReadOnlyList<CreateJobWorksInput> inputs, CancellationToken cancellationToken)
    {
        InputChecks.BatchSize(inputs.Count, options.Value.MaxInputsPerCall, "works");
        for (var i = 0; i < inputs.Count; i++)
        {
            InputChecks.Text(inputs[i].Name, $"inputs[{i}].name");
            InputChecks.Text(inputs[i].ExternalId, $"inputs[{i}].externalId");
        }

        var externalIds = inputs.Select(input => input.ExternalId).ToArray();
        InputChecks.UniqueExternalIds(externalIds);
        return WriteTransaction.RunAsync<IReadOnlyList<JobWork>>(dbFactory, async db =>
        {
            var mine = WorkspaceAccess.WorkspaceIdsOf(db, userId);
            var job = await db.ConnectionJobs.AsNoTracking()
                .Where(j => j.Id == connectionJobId && mine.Contains(j.WorkspaceId))
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw MutationErrors.NotFound("Connection job", connectionJobId);
            var works = await db.Works.AsNoTracking()
                .Where(w => w.ConnectionId == job.ConnectionId && w.WorkspaceId == job.WorkspaceId && externalIds.Contains(w.ExternalId))
                .ToDictionaryAsync(w => w.ExternalId, StringComparer.Ordinal, cancellationToken);
            var workIds = works.Values.Select(w => w.Id).ToArray();
            var jobWorks = await db.JobWorks.AsNoTracking()
                .Where(jw => jw.ConnectionJobId == job.Id && workIds.Contains(jw.WorkId))
                .ToDictionaryAsync(jw => jw.WorkId, StringComparer.Ordinal, cancellationToken);

            var now = clock.GetUtcNow().UtcDateTime;
            var result = new List<JobWork>(inputs.Count);
            for (var i = 0; i < inputs.Count; i++)
            {
                var input = inputs[i];
                var at = InputChecks.InputOrder(now, i);
                if (!works.TryGetValue(input.ExternalId, out var work))
                {
                    work = new Work
                    {
                        Id = Ids.New("work"),
                        WorkspaceId = job.WorkspaceId,
                        ConnectionId = job.ConnectionId,
                        Name = input.Name,
                        ExternalId = input.ExternalId,
                        CreatedAt = at,
                        UpdatedAt = at,
                    };
                    db.Works.Add(work);
                }

                if (!jobWorks.TryGetValue(work.Id, out var jobWork))
                {
                    jobWork = new JobWork
                    {
                        Id = Ids.New("job_work"),
                        WorkspaceId = job.WorkspaceId,
                        ConnectionId = job.ConnectionId,
                        ConnectionJobId = job.Id,
                        WorkId = work.Id,
                        CreatedAt = at,
                        UpdatedAt = at,
                    };
                    db.JobWorks.Add(jobWork);
                }

                result.Add(jobWork);
            }

            // A repeated call finds every work in place and writes nothing, even once the import has started.
            if (db.ChangeTracker.HasChanges())
            {
                await ConnectionJobCommands.HoldOpenAsync(db, job, afterImportStarted: false, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            return result;
        }, cancellationToken);
    }
}
