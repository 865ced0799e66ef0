using GraphQL.DataLoader;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// An artifact's fetch tasks with the columns its fields read: the status alone, or with the stored file and the
/// failure for links and metadata. Fields of one level load together, so a batch reads the file columns once any of
/// its callers needs them; the key keeps the two apart, so a status-only result never answers a file request.
/// </summary>
public sealed class TasksByWorkArtifactIdLoader(SqlReads sql) : BatchLoader<(string ArtifactId, bool WithFile), IReadOnlyList<JobTask>>([])
{
    public IDataLoaderResult<IReadOnlyList<JobTask>> Load(string artifactId, bool withFile) => Load((artifactId, withFile));

    protected override async Task<IReadOnlyDictionary<(string ArtifactId, bool WithFile), IReadOnlyList<JobTask>>> FetchAsync(
        IReadOnlyList<(string ArtifactId, bool WithFile)> keys, CancellationToken cancellationToken)
    {
        var table = keys.Any(k => k.WithFile) ? JobTaskRows.StatusAndFile : JobTaskRows.Status;
        var ids = keys.Select(k => k.ArtifactId).Distinct(StringComparer.Ordinal).ToArray();
        var query = new SqlQuery().Append("SELECT ").Columns(table, "t").Append(" FROM ").From(table, "t")
            .Append(" WHERE ").In("t", "WorkArtifactId", ids)
            .Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");
        var rows = await sql.ListAsync(query, table.Read, cancellationToken).ConfigureAwait(false);
        var byArtifact = rows.ToLookup(t => t.WorkArtifactId!, StringComparer.Ordinal);
        var result = new Dictionary<(string, bool), IReadOnlyList<JobTask>>(keys.Count);
        foreach (var key in keys)
        {
            result[key] = byArtifact[key.ArtifactId].ToList();
        }

        return result;
    }
}
