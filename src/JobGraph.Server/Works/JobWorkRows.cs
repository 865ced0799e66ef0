using System.Data.Common;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Works;

/// <summary>
/// Job works as the <c>jobWorks</c> query reads them: the columns its selection needs (<see cref="JobWorkColumns"/>),
/// with the joined work's after them. Columns a selection did not ask for keep their defaults: no field that reads them
/// is in that selection.
/// </summary>
public static class JobWorkRows
{
    private const string Table = "JobWorks";
    private static readonly string[] _narrow = ["Id", "WorkspaceId", "WorkId"];
    private static readonly string[] _details = [.. _narrow, "ConnectionJobId", "CreatedAt", "UpdatedAt"];

    // Several parents: rows are grouped by connection, and the outer query of the per-parent numbering orders by any
    // sortable column, so those are selected whatever the selection reads.
    private static readonly string[] _severalParents = [.. _details, "ConnectionId"];

    // By JobWorkColumns value: the joined work's columns, or null when the selection does not read the work.
    private static readonly ChildQuery.JoinedColumns?[] _work = [.. Enumerable.Range(0, (int)JobWorkColumns.All + 1).Select(i => WorkColumns((JobWorkColumns)i))];

    /// <summary>The job works' columns to select for <paramref name="columns"/>, read by <see cref="Reader"/>.</summary>
    public static SqlTable<JobWork> Select(JobWorkColumns columns, string? oneParent)
        => new(Table, oneParent is null ? _severalParents : columns.HasFlag(JobWorkColumns.JobWorkDetails) ? _details : _narrow, Reader(columns, oneParent));

    /// <summary>The joined work's columns (alias <c>k</c>) to select after the job work's; null when the work is not read.</summary>
    public static ChildQuery.JoinedColumns? Work(JobWorkColumns columns) => _work[(int)(columns & JobWorkColumns.All)];

    private static ChildQuery.JoinedColumns? WorkColumns(JobWorkColumns columns)
    {
        if (!columns.HasFlag(JobWorkColumns.Work))
        {
            return null;
        }

        string[] work = ["Name", "ExternalId"];
        if (columns.HasFlag(JobWorkColumns.WorkTag))
        {
            work = [.. work, "Tag"];
        }

        if (columns.HasFlag(JobWorkColumns.WorkDeletedAt))
        {
            work = [.. work, "DeletedAt"];
        }

        return new("k", work);
    }

    private static Func<DbDataReader, JobWork> Reader(JobWorkColumns columns, string? oneParent)
    {
        var details = oneParent is null || columns.HasFlag(JobWorkColumns.JobWorkDetails);
        var workAt = oneParent is null ? _severalParents.Length : details ? _details.Length : _narrow.Length;
        string? sharedWorkspaceId = null;
        return r =>
        {
            // Under one connection every row's workspace is the connection's (the join requires it): read once.
            var workspaceId = oneParent is null ? r.GetString(1) : sharedWorkspaceId ??= r.GetString(1);
            var workId = r.GetString(2);
            return new JobWork
            {
                Id = r.GetString(0),
                WorkspaceId = workspaceId,
                WorkId = workId,
                ConnectionId = oneParent ?? r.GetString(6),
                ConnectionJobId = details ? r.GetString(3) : "",
                CreatedAt = details ? r.Utc(4) : default,
                UpdatedAt = details ? r.Utc(5) : default,
                Work = columns.HasFlag(JobWorkColumns.Work) ? ReadWork(r, workAt, columns, workId, workspaceId) : null,
            };
        };
    }

    // The join makes the work's id and workspace the job work's. A work of another workspace is left out by the join
    // (null here), so the field falls back to the loader and its tenant check, as without the join.
    private static Work? ReadWork(DbDataReader r, int at, JobWorkColumns columns, string workId, string workspaceId)
    {
        if (r.IsDBNull(at))
        {
            return null;
        }

        var work = new Work
        {
            Id = workId,
            WorkspaceId = workspaceId,
            ConnectionId = "",
            Name = r.GetString(at),
            ExternalId = r.GetString(at + 1),
            CreatedAt = default,
            UpdatedAt = default,
        };
        at += 2;
        if (columns.HasFlag(JobWorkColumns.WorkTag))
        {
            work.Tag = r.TextOrNull(at++);
        }

        if (columns.HasFlag(JobWorkColumns.WorkDeletedAt))
        {
            work.DeletedAt = r.UtcOrNull(at);
        }

        return work;
    }
}
