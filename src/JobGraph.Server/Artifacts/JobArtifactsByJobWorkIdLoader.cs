using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// A job work's artifacts, fetched with their work artifacts in the same query: every caller of
/// <c>jobWorkArtifacts</c> reads <c>workArtifact</c> next, so that level costs no round trip of its own.
/// </summary>
public sealed class JobArtifactsByJobWorkIdLoader(SqlReads sql, WorkArtifactByIdLoader workArtifacts)
    : EntitiesByKeyLoader<JobArtifact>(sql, JobArtifactRows.Table, "JobWorkId", ja => ja.JobWorkId)
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<JobArtifact>>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var at = JobArtifactRows.Table.Columns.Length;
        var query = new SqlQuery().Append("SELECT ").Columns(JobArtifactRows.Table, "t").Append(", ").Columns(WorkArtifactRows.Table, "a")
            .Append(" FROM ").From(JobArtifactRows.Table, "t")
            .Append(" INNER JOIN ").From(WorkArtifactRows.Table, "a")
            .Append(" ON \"a\".\"Id\" = \"t\".\"WorkArtifactId\" AND \"a\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"")
            .Append(" WHERE ").In("t", "JobWorkId", keys)
            .Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");
        var rows = await Reads.ListAsync(query, r => JobArtifactRows.Read(r, WorkArtifactRows.Read(r, at)), cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            workArtifacts.Prime(row.WorkArtifactId, row.WorkArtifact);
        }

        return ByKey(rows, ja => ja.JobWorkId);
    }
}
