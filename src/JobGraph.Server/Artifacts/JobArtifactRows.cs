using System.Data.Common;
using System.Globalization;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// One batch's job artifacts query and its rows: each job artifact with its work artifact and that artifact's latest
/// fetch task, in the <paramref name="columns"/> the batch's selections read. A column the whole batch shares (a single
/// job work, a single workspace) is not read per row.
/// </summary>
/// <param name="columns">The optional columns to read.</param>
/// <param name="oneJobWorkId">The batch's only job work, or null when it has several.</param>
/// <param name="oneWorkspaceId">The workspace of every job work of the batch, or null when they are not all in one.</param>
public sealed class JobArtifactRows(ArtifactColumns columns, string? oneJobWorkId, string? oneWorkspaceId)
{
    // The latest fetch's status as a number (no string per row): -1 for none, -2 for a name the API does not know.
    private const int NoFetch = -1;
    private const int UnknownStatus = -2;
    private static readonly string _joinedFetchStatus = "CASE WHEN \"f\".\"Status\" IS NULL THEN " + NoFetch
        + " ELSE " + StoredEnum.Code<TaskState>("\"f\".\"Status\"", UnknownStatus) + " END";

    // The artifact's latest fetch, as StatusRules.LatestFetch picks it: newest CreatedAt, then the greatest id. Its kind
    // is the next parameter.
    private const string LatestFetchWhere = " FROM \"Tasks\" AS \"l\" WHERE \"l\".\"WorkArtifactId\" = \"a\".\"Id\""
        + " AND \"l\".\"WorkspaceId\" = \"a\".\"WorkspaceId\" AND \"l\".\"Kind\" = ";

    private const string LatestFetchOrder = " ORDER BY \"l\".\"CreatedAt\" DESC, \"l\".\"Id\" DESC LIMIT 1)";

    private static readonly string _noFetchElse = ", " + NoFetch.ToString(CultureInfo.InvariantCulture) + ")";

    private static readonly string _latestFetchStatus = ", COALESCE((SELECT " + StoredEnum.Code<TaskState>("\"l\".\"Status\"", UnknownStatus) + LatestFetchWhere;

    private readonly Dictionary<TaskState, IReadOnlyList<JobTask>> _statusOnly = [];

    // The work artifact's id is read when a field shows it or a signed link names it.
    private readonly bool _artifactId = (columns & (ArtifactColumns.ArtifactId | ArtifactColumns.FetchFile)) != 0;

    /// <summary>The query for the artifacts of <paramref name="jobWorkIds"/>, with the columns <see cref="Read"/> reads.</summary>
    public SqlQuery Query(IReadOnlyList<string> jobWorkIds)
    {
        var query = new SqlQuery().Append("SELECT \"t\".\"Id\"");
        if (_artifactId)
        {
            query.Append(", \"t\".\"WorkArtifactId\"");
        }

        if (oneJobWorkId is null)
        {
            query.Append(", \"t\".\"JobWorkId\"");
        }

        if (oneWorkspaceId is null)
        {
            query.Append(", \"t\".\"WorkspaceId\"");
        }

        if (columns.HasFlag(ArtifactColumns.JobArtifactDetails))
        {
            query.Append(", \"t\".\"ConnectionJobId\", \"t\".\"CreatedAt\", \"t\".\"UpdatedAt\"");
        }

        // The join makes the work artifact's id and workspace the job artifact's, and the fetch's workspace theirs: those
        // columns are not read again (three values fewer per row of a large monitoring response).
        query.Append(", \"a\".\"ExternalId\", \"a\".\"Name\", \"a\".\"Type\"");
        if (columns.HasFlag(ArtifactColumns.WorkArtifactDetails))
        {
            query.Append(", \"a\".\"WorkId\", \"a\".\"ConnectionId\", \"a\".\"MetadataJson\", \"a\".\"CreatedAt\", \"a\".\"UpdatedAt\"");
        }

        // The fetch's id is not shown. Its status alone is read in a subquery that the index on (WorkArtifactId,
        // WorkspaceId, Kind, CreatedAt, Id, Status) answers by itself; its file is read from the fetch row, joined.
        var fileColumns = columns.HasFlag(ArtifactColumns.FetchFile);
        if (fileColumns)
        {
            query.Append(", ").Append(_joinedFetchStatus);
            foreach (var column in JobTaskRows.FileColumns)
            {
                query.Append(", ").Column("f", column);
            }
        }
        else
        {
            query.Append(_latestFetchStatus).Param(nameof(TaskKind.FetchArtifact)).Append(LatestFetchOrder).Append(_noFetchElse);
        }

        query.Append(" FROM \"JobArtifacts\" AS \"t\" INNER JOIN \"WorkArtifacts\" AS \"a\"")
            .Append(" ON \"a\".\"Id\" = \"t\".\"WorkArtifactId\" AND \"a\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"");
        if (fileColumns)
        {
            query.Append(" LEFT JOIN \"Tasks\" AS \"f\" ON \"f\".\"Id\" = (SELECT \"l\".\"Id\"").Append(LatestFetchWhere)
                .Param(nameof(TaskKind.FetchArtifact)).Append(LatestFetchOrder);
        }

        query.Append(" WHERE ").In("t", "JobWorkId", jobWorkIds);
        if (oneWorkspaceId is not null)
        {
            // The rows the tenant check (JobWorkType) would keep: those of the job works' workspace.
            query.Append(" AND ").Column("t", "WorkspaceId").Append(" = ").Param(oneWorkspaceId);
        }

        return query.Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");
    }

    /// <summary>Reads one row of <see cref="Query"/>. Columns a selection did not ask for keep their defaults: no field that reads them is in that selection.</summary>
    public JobArtifact Read(DbDataReader r)
    {
        var at = 1;
        var workArtifactId = _artifactId ? r.GetString(at++) : "";
        var jobWorkId = oneJobWorkId ?? r.GetString(at++);
        var workspaceId = oneWorkspaceId ?? r.GetString(at++);
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
            Id = workArtifactId,
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
        var status = r.GetInt32(at);
        artifact.JoinedFetch = status switch
        {
            NoFetch => [],
            UnknownStatus => throw new InvalidOperationException("A fetch task has a status the API does not know."),
            _ => Fetch(r, at + 1, artifact, (TaskState)status),
        };
        artifact.JoinedFetchHasFile = columns.HasFlag(ArtifactColumns.FetchFile);
        return jobArtifact;
    }

    // A fetch read for its status alone is shown only through its status: within one workspace the artifacts in one
    // state share one list of one task (a monitoring response has thousands of artifacts and a handful of states).
    private IReadOnlyList<JobTask> Fetch(DbDataReader r, int fileAt, WorkArtifact artifact, TaskState status)
    {
        if (columns.HasFlag(ArtifactColumns.FetchFile))
        {
            var fetch = NewFetch(artifact.WorkspaceId, artifact.Id, status);
            JobTaskRows.ReadFile(r, fetch, fileAt);
            return [fetch];
        }

        if (oneWorkspaceId is null)
        {
            return [NewFetch(artifact.WorkspaceId, null, status)];
        }

        if (!_statusOnly.TryGetValue(status, out var shared))
        {
            _statusOnly[status] = shared = [NewFetch(oneWorkspaceId, null, status)];
        }

        return shared;
    }

    // The only task of its list: its id and creation time, which order attempts, are not needed.
    private static JobTask NewFetch(string workspaceId, string? artifactId, TaskState status) => new()
    {
        Id = "",
        WorkspaceId = workspaceId,
        ConnectionJobId = "",
        Kind = TaskKind.FetchArtifact,
        Name = "",
        WorkArtifactId = artifactId,
        Status = status,
        CreatedAt = default,
        UpdatedAt = default,
    };
}
