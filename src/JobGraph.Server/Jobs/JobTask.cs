namespace JobGraph.Server.Jobs;

/// <summary>One unit of processing of a connection job: the single source of truth for every status.</summary>
public sealed class JobTask
{
    public required string Id { get; init; }
    /// <summary>The workspace of the task's job; the database refuses a task whose job, work or artifact lives elsewhere.</summary>
    public required string WorkspaceId { get; init; }
    public required string ConnectionJobId { get; init; }
    public required TaskKind Kind { get; init; }
    /// <summary>Shown as the job's current step while the task runs.</summary>
    public required string Name { get; init; }
    public string? JobWorkId { get; init; }
    public string? WorkId { get; init; }
    public string? WorkArtifactId { get; init; }
    public TaskState Status { get; set; }
    /// <summary>Identifies the worker (engine) that ran or runs the task.</summary>
    public string? EngineId { get; set; }
    public int Attempts { get; set; }
    /// <summary>A stable code for why the task failed (e.g. <c>HTTP_404</c>, <c>URL_NOT_ALLOWED</c>).</summary>
    public string? ErrorCode { get; set; }
    public string? Error { get; set; }
    /// <summary>Until when the engine in <see cref="EngineId"/> holds the task; past it, another engine may claim it.</summary>
    public DateTime? LeaseExpiresAt { get; set; }
    /// <summary>A queued task is not claimed before this time (backoff after a transient failure).</summary>
    public DateTime? RunAfter { get; set; }
    /// <summary>What a completed fetch stored: the SHA-256 (hex) that addresses the file in the store.</summary>
    public string? FileSha256 { get; set; }
    /// <summary>What a completed fetch stored: its size in bytes.</summary>
    public long? FileSize { get; set; }
    /// <summary>What a completed fetch stored: its MIME type, checked against the file's first bytes.</summary>
    public string? FileMimeType { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
