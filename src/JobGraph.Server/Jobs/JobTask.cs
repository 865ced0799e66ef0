namespace JobGraph.Server.Jobs;

/// <summary>One unit of processing of a connection job: the single source of truth for every status.</summary>
public sealed class JobTask
{
    public required string Id { get; init; }
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
    public string? Error { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
