using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// A job work's artifacts, fetched in one query with their work artifacts and each artifact's latest fetch task: every
/// caller of <c>jobWorkArtifacts</c> reads <c>workArtifact</c> and its status next, so those levels cost no round trip
/// of their own and their fields resolve at once (the other loaders are primed with what this query brought).
/// </summary>
public sealed class JobArtifactsByJobWorkIdLoader(SqlReads sql, WorkArtifactByIdLoader workArtifacts, TasksByWorkArtifactIdLoader tasks)
    : EntitiesByKeyLoader<JobArtifact>(sql, JobArtifactRows.Table, "JobWorkId", ja => ja.JobWorkId)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<JobArtifact>>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var artifactAt = JobArtifactRows.Table.Columns.Length;
        var fetchAt = artifactAt + WorkArtifactRows.Table.Columns.Length;
        // The artifact's latest fetch, as StatusRules.LatestFetch picks it: newest CreatedAt, then the greatest id.
        var query = new SqlQuery().Append("SELECT ").Columns(JobArtifactRows.Table, "t")
            .Append(", ").Columns(WorkArtifactRows.Table, "a")
            .Append(", ").Columns(JobTaskRows.StatusAndFile, "f")
            .Append(" FROM ").From(JobArtifactRows.Table, "t")
            .Append(" INNER JOIN ").From(WorkArtifactRows.Table, "a")
            .Append(" ON \"a\".\"Id\" = \"t\".\"WorkArtifactId\" AND \"a\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"")
            .Append(" LEFT JOIN ").From(JobTaskRows.StatusAndFile, "f").Append(" ON \"f\".\"Id\" = (SELECT \"l\".\"Id\" FROM \"Tasks\" AS \"l\"")
            .Append(" WHERE \"l\".\"WorkArtifactId\" = \"a\".\"Id\" AND \"l\".\"WorkspaceId\" = \"a\".\"WorkspaceId\" AND \"l\".\"Kind\" = ")
            .Param(nameof(TaskKind.FetchArtifact))
            .Append(" ORDER BY \"l\".\"CreatedAt\" DESC, \"l\".\"Id\" DESC LIMIT 1)")
            .Append(" WHERE ").In("t", "JobWorkId", keys)
            .Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");
        var rows = await Reads.ListAsync(query, r =>
        {
            var artifact = WorkArtifactRows.Read(r, artifactAt);
            var fetch = r.IsDBNull(fetchAt) ? null : JobTaskRows.ReadStatusAndFile(r, fetchAt);
            return (JobArtifact: JobArtifactRows.Read(r, artifact), Fetch: fetch);
        }, cancellationToken).ConfigureAwait(false);
        foreach (var (jobArtifact, fetch) in rows)
        {
            workArtifacts.Prime(jobArtifact.WorkArtifactId, jobArtifact.WorkArtifact);
            // An artifact's fields read only its latest fetch (status, links, metadata).
            IReadOnlyList<JobTask> latest = fetch is null ? [] : [fetch];
            tasks.Prime((jobArtifact.WorkArtifactId, false), latest);
            tasks.Prime((jobArtifact.WorkArtifactId, true), latest);
        }

        return ByKey(rows.ConvertAll(r => r.JobArtifact), ja => ja.JobWorkId);
    }
}
