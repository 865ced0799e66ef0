using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// A job work's artifacts, fetched with their work artifacts in the same query: every caller of
/// <c>jobWorkArtifacts</c> reads <c>workArtifact</c> next, so that level costs no round trip of its own.
/// </summary>
public sealed class JobArtifactsByJobWorkIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory, WorkArtifactByIdLoader workArtifacts)
    : EntitiesByKeyLoader<JobArtifact>(dbFactory, ja => ja.JobWorkId, JobArtifactOrder.ByCreation)
{
    protected override IQueryable<JobArtifact> Include(IQueryable<JobArtifact> query) => query.Include(ja => ja.WorkArtifact);

    protected override void OnFetched(IReadOnlyList<JobArtifact> rows)
    {
        foreach (var row in rows)
        {
            workArtifacts.Prime(row.WorkArtifactId, row.WorkArtifact);
        }
    }
}
