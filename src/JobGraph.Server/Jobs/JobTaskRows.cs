using System.Data.Common;
using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Jobs;

/// <summary>
/// Task rows for the API. <see cref="Table"/> reads what JobTask fields and the status rules show (not the lease and
/// backoff columns, which only the worker reads); <see cref="Status"/> only what a status needs, and
/// <see cref="StatusAndFile"/> adds the stored file and the failure, for an artifact's links and metadata;
/// <see cref="Summary"/> is what a job's status, outcome and progress read.
/// </summary>
public static class JobTaskRows
{
    private static readonly string[] _status = ["Id", "WorkspaceId", "ConnectionJobId", "Kind", "Name", "WorkArtifactId", "Status", "CreatedAt"];
    private static readonly string[] _file = ["Attempts", "ErrorCode", "Error", "FileSha256", "FileSize", "FileMimeType", "CompletedAt"];

    public static readonly SqlTable<JobTask> Status = new("Tasks", _status, r => ReadStatus(r, 0));

    public static readonly SqlTable<JobTask> Summary = new("Tasks", [.. _status, "JobWorkId", "StartedAt"], r =>
    {
        var task = ReadStatus(r, 0, jobWorkId: r.TextOrNull(_status.Length));
        task.StartedAt = r.UtcOrNull(_status.Length + 1);
        return task;
    });

    public static readonly SqlTable<JobTask> StatusAndFile = new("Tasks", [.. _status, .. _file], r => ReadStatusAndFile(r, 0));

    public static readonly SqlTable<JobTask> Table = new("Tasks",
        [.. _status, .. _file, "JobWorkId", "WorkId", "EngineId", "UpdatedAt", "StartedAt"],
        r =>
        {
            var at = _status.Length + _file.Length;
            var task = ReadStatusAndFile(r, 0, r.TextOrNull(at), r.TextOrNull(at + 1));
            task.EngineId = r.TextOrNull(at + 2);
            task.UpdatedAt = r.Utc(at + 3);
            task.StartedAt = r.UtcOrNull(at + 4);
            return task;
        });

    /// <summary>The columns <see cref="StatusAndFile"/> adds to <see cref="Status"/>: the stored file and the failure.</summary>
    public static IReadOnlyList<string> FileColumns => _file;

    /// <summary>Reads the <see cref="FileColumns"/> into <paramref name="task"/>, starting at <paramref name="at"/>.</summary>
    public static void ReadFile(DbDataReader r, JobTask task, int at)
    {
        task.Attempts = r.GetInt32(at);
        task.ErrorCode = r.TextOrNull(at + 1);
        task.Error = r.TextOrNull(at + 2);
        task.FileSha256 = r.TextOrNull(at + 3);
        task.FileSize = r.Int64OrNull(at + 4);
        task.FileMimeType = r.TextOrNull(at + 5);
        task.CompletedAt = r.UtcOrNull(at + 6);
    }

    private static JobTask ReadStatusAndFile(DbDataReader r, int at, string? jobWorkId = null, string? workId = null)
    {
        var task = ReadStatus(r, at, jobWorkId, workId);
        ReadFile(r, task, at + _status.Length);
        return task;
    }

    private static JobTask ReadStatus(DbDataReader r, int at, string? jobWorkId = null, string? workId = null) => new()
    {
        Id = r.GetString(at),
        WorkspaceId = r.GetString(at + 1),
        ConnectionJobId = r.GetString(at + 2),
        Kind = Enum.Parse<TaskKind>(r.GetString(at + 3)),
        Name = r.GetString(at + 4),
        WorkArtifactId = r.TextOrNull(at + 5),
        Status = Enum.Parse<TaskState>(r.GetString(at + 6)),
        CreatedAt = r.Utc(at + 7),
        UpdatedAt = default,
        JobWorkId = jobWorkId,
        WorkId = workId,
    };
}
