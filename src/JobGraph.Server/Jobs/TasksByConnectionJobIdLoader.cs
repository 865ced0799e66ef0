using System.Data.Common;
using GraphQL.DataLoader;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

/// <summary>
/// A job's tasks: every column the <c>tasks</c> field shows, or only what the status rules read for status, outcome
/// and progress (a polling client asks for those of many jobs). A batch reads the wider set once any caller needs
/// it; the key keeps the two apart, so a narrow list never answers the <c>tasks</c> field.
/// </summary>
public sealed class TasksByConnectionJobIdLoader(SqlReads sql) : BatchLoader<(string JobId, bool AllColumns), IReadOnlyList<JobTask>>([])
{
    private static readonly SqlTable<JobTask> _summary = new("Tasks",
        ["Id", "WorkspaceId", "ConnectionJobId", "Kind", "Name", "JobWorkId", "WorkArtifactId", "Status", "CreatedAt", "StartedAt"], ReadSummary);

    public IDataLoaderResult<IReadOnlyList<JobTask>> Load(string jobId, bool allColumns) => Load((jobId, allColumns));

    protected override async Task<IReadOnlyDictionary<(string JobId, bool AllColumns), IReadOnlyList<JobTask>>> FetchAsync(
        IReadOnlyList<(string JobId, bool AllColumns)> keys, CancellationToken cancellationToken)
    {
        var table = keys.Any(k => k.AllColumns) ? JobTaskRows.Table : _summary;
        var ids = keys.Select(k => k.JobId).Distinct(StringComparer.Ordinal).ToArray();
        var query = new SqlQuery().Append("SELECT ").Columns(table, "t").Append(" FROM ").From(table, "t")
            .Append(" WHERE ").In("t", "ConnectionJobId", ids)
            .Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");
        var byJob = (await sql.ListAsync(query, table.Read, cancellationToken).ConfigureAwait(false))
            .ToLookup(t => t.ConnectionJobId, StringComparer.Ordinal);
        var result = new Dictionary<(string, bool), IReadOnlyList<JobTask>>(keys.Count);
        foreach (var key in keys)
        {
            result[key] = byJob[key.JobId].ToList();
        }

        return result;
    }

    private static JobTask ReadSummary(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        WorkspaceId = r.GetString(1),
        ConnectionJobId = r.GetString(2),
        Kind = Enum.Parse<TaskKind>(r.GetString(3)),
        Name = r.GetString(4),
        JobWorkId = r.TextOrNull(5),
        WorkArtifactId = r.TextOrNull(6),
        Status = Enum.Parse<TaskState>(r.GetString(7)),
        CreatedAt = r.Utc(8),
        StartedAt = r.UtcOrNull(9),
        UpdatedAt = default,
    };
}
