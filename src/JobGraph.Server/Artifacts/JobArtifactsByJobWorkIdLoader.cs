using System.Linq.Expressions;
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
    private static readonly Expression<Func<JobArtifact, WorkArtifact?>> _workArtifact = ja => ja.WorkArtifact;

    protected override LambdaExpression Include => _workArtifact;

    protected override void OnFetched(IReadOnlyList<JobArtifact> rows)
    {
        foreach (var row in rows)
        {
            workArtifacts.Prime(row.WorkArtifactId, row.WorkArtifact);
        }
    }
}
