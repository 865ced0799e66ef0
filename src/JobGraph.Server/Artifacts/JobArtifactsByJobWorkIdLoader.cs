using System.Data.Common;
using GraphQL.DataLoader;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// A job work's artifacts, fetched in one query with their work artifacts and each artifact's latest fetch task: every
/// caller of <c>jobWorkArtifacts</c> reads <c>workArtifact</c> and its status next, so those levels cost no round trip
/// of their own and their fields resolve at once (each work artifact carries the latest fetch this query brought). Only the
/// columns the selection reads are selected (<see cref="ArtifactColumns"/>); the key carries them, so a narrow result
/// never answers a wider request. The key also carries the job work's workspace: the usual batch has one, so the query
/// keeps to it and no row's workspace is read.
/// </summary>
public sealed class JobArtifactsByJobWorkIdLoader(SqlReads sql)
    : BatchLoader<(string JobWorkId, string WorkspaceId, ArtifactColumns Columns), IReadOnlyList<JobArtifact>>([])
{
    public IDataLoaderResult<IReadOnlyList<JobArtifact>> Load(string jobWorkId, string workspaceId, ArtifactColumns columns)
        => Load((jobWorkId, workspaceId, columns));

    protected override async Task<IReadOnlyDictionary<(string JobWorkId, string WorkspaceId, ArtifactColumns Columns), IReadOnlyList<JobArtifact>>> FetchAsync(
        IReadOnlyList<(string JobWorkId, string WorkspaceId, ArtifactColumns Columns)> keys, CancellationToken cancellationToken)
    {
        var columns = ArtifactColumns.None;
        var workspaceId = keys[0].WorkspaceId;
        foreach (var key in keys)
        {
            columns |= key.Columns;
            workspaceId = workspaceId == key.WorkspaceId ? workspaceId : null;
        }

        var jobWorkIds = keys.Select(k => k.JobWorkId).Distinct(StringComparer.Ordinal).ToArray();
        var layout = new Layout(columns, jobWorkIds.Length == 1 ? jobWorkIds[0] : null, workspaceId);
        var rows = await sql.ListAsync(Query(layout, jobWorkIds), r => Read(r, layout), cancellationToken).ConfigureAwait(false);
        var byJobWork = KeyedRows.ByKey(rows, static ja => ja.JobWorkId);
        var result = new Dictionary<(string, string, ArtifactColumns), IReadOnlyList<JobArtifact>>(keys.Count);
        foreach (var key in keys)
        {
            result[key] = byJobWork.TryGetValue(key.JobWorkId, out var list) ? list : [];
        }

        return result;
    }

    private static SqlQuery Query(Layout layout, IReadOnlyList<string> jobWorkIds)
    {
        var query = new SqlQuery().Append("SELECT \"t\".\"Id\", \"t\".\"WorkArtifactId\"");
        if (layout.OneJobWorkId is null)
        {
            query.Append(", \"t\".\"JobWorkId\"");
        }

        if (layout.OneWorkspaceId is null)
        {
            query.Append(", \"t\".\"WorkspaceId\"");
        }

        if (layout.Columns.HasFlag(ArtifactColumns.JobArtifactDetails))
        {
            query.Append(", \"t\".\"ConnectionJobId\", \"t\".\"CreatedAt\", \"t\".\"UpdatedAt\"");
        }

        // The join makes the work artifact's id and workspace the job artifact's, and the fetch's workspace theirs: those
        // columns are not read again (three values fewer per row of a large monitoring response).
        query.Append(", \"a\".\"ExternalId\", \"a\".\"Name\", \"a\".\"Type\"");
        if (layout.Columns.HasFlag(ArtifactColumns.WorkArtifactDetails))
        {
            query.Append(", \"a\".\"WorkId\", \"a\".\"ConnectionId\", \"a\".\"MetadataJson\", \"a\".\"CreatedAt\", \"a\".\"UpdatedAt\"");
        }

        // The fetch's status, never null, also says whether the artifact has a fetch at all; its id is not shown.
        query.Append(", \"f\".\"Status\"");
        if (layout.Columns.HasFlag(ArtifactColumns.FetchFile))
        {
            foreach (var column in JobTaskRows.FileColumns)
            {
                query.Append(", ").Column("f", column);
            }
        }

        // The artifact's latest fetch, as StatusRules.LatestFetch picks it: newest CreatedAt, then the greatest id.
        query.Append(" FROM \"JobArtifacts\" AS \"t\" INNER JOIN \"WorkArtifacts\" AS \"a\"")
            .Append(" ON \"a\".\"Id\" = \"t\".\"WorkArtifactId\" AND \"a\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"")
            .Append(" LEFT JOIN \"Tasks\" AS \"f\" ON \"f\".\"Id\" = (SELECT \"l\".\"Id\" FROM \"Tasks\" AS \"l\"")
            .Append(" WHERE \"l\".\"WorkArtifactId\" = \"a\".\"Id\" AND \"l\".\"WorkspaceId\" = \"a\".\"WorkspaceId\" AND \"l\".\"Kind\" = ")
            .Param(nameof(TaskKind.FetchArtifact))
            .Append(" ORDER BY \"l\".\"CreatedAt\" DESC, \"l\".\"Id\" DESC LIMIT 1)")
            .Append(" WHERE ").In("t", "JobWorkId", jobWorkIds);
        if (layout.OneWorkspaceId is not null)
        {
            // The rows the tenant check (JobWorkType) would keep: those of the job works' workspace.
            query.Append(" AND ").Column("t", "WorkspaceId").Append(" = ").Param(layout.OneWorkspaceId);
        }

        return query.Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");
    }

    // Columns a selection did not ask for keep their defaults: no field that reads them is in that selection.
    private static JobArtifact Read(DbDataReader r, Layout layout)
    {
        var columns = layout.Columns;
        var at = 2;
        var jobWorkId = layout.OneJobWorkId ?? r.GetString(at++);
        var workspaceId = layout.OneWorkspaceId ?? r.GetString(at++);
        string connectionJobId = "";
        DateTime jobArtifactCreated = default, jobArtifactUpdated = default;
        if (columns.HasFlag(ArtifactColumns.JobArtifactDetails))
        {
            connectionJobId = r.GetString(at);
            jobArtifactCreated = r.Utc(at + 1);
            jobArtifactUpdated = r.Utc(at + 2);
            at += 3;
        }

        var externalId = r.GetString(at);
        var name = r.GetString(at + 1);
        var type = r.GetString(at + 2);
        at += 3;
        string workId = "", connectionId = "";
        string? metadataJson = null;
        DateTime artifactCreated = default, artifactUpdated = default;
        if (columns.HasFlag(ArtifactColumns.WorkArtifactDetails))
        {
            workId = r.GetString(at);
            connectionId = r.GetString(at + 1);
            metadataJson = r.TextOrNull(at + 2);
            artifactCreated = r.Utc(at + 3);
            artifactUpdated = r.Utc(at + 4);
            at += 5;
        }

        var artifact = new WorkArtifact
        {
            Id = r.GetString(1),
            WorkspaceId = workspaceId,
            ExternalId = externalId,
            Name = name,
            Type = type,
            WorkId = workId,
            ConnectionId = connectionId,
            MetadataJson = metadataJson,
            CreatedAt = artifactCreated,
            UpdatedAt = artifactUpdated,
        };

        var jobArtifact = new JobArtifact
        {
            Id = r.GetString(0),
            WorkspaceId = workspaceId,
            JobWorkId = jobWorkId,
            WorkArtifactId = artifact.Id,
            ConnectionJobId = connectionJobId,
            CreatedAt = jobArtifactCreated,
            UpdatedAt = jobArtifactUpdated,
            WorkArtifact = artifact,
        };
        // An artifact's fields read only its latest fetch (status, links, metadata): a list of it, or of none.
        var withFile = columns.HasFlag(ArtifactColumns.FetchFile);
        artifact.JoinedFetch = r.IsDBNull(at) ? [] : [ReadFetch(r, at, artifact, withFile)];
        artifact.JoinedFetchHasFile = withFile;
        return jobArtifact;
    }

    // The only task of the primed list: its id and creation time, which order attempts, are not needed.
    private static JobTask ReadFetch(DbDataReader r, int at, WorkArtifact artifact, bool withFile)
    {
        var fetch = new JobTask
        {
            Id = "",
            WorkspaceId = artifact.WorkspaceId,
            ConnectionJobId = "",
            Kind = TaskKind.FetchArtifact,
            Name = "",
            WorkArtifactId = artifact.Id,
            Status = Enum.Parse<TaskState>(r.GetString(at)),
            CreatedAt = default,
            UpdatedAt = default,
        };
        if (withFile)
        {
            JobTaskRows.ReadFile(r, fetch, at + 1);
        }

        return fetch;
    }

    // Where a batch's rows come from: a column a whole batch shares (one job work, one workspace) is not read per row.
    private sealed record Layout(ArtifactColumns Columns, string? OneJobWorkId, string? OneWorkspaceId);
}
