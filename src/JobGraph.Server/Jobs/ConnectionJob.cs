using JobGraph.Server.Works;

namespace JobGraph.Server.Jobs;

/// <summary>
/// An import batch on one connection. Its status is never stored: it is computed from its tasks
/// (<see cref="StatusRules"/>); only the facts the tasks cannot tell are kept here.
/// </summary>
public sealed class ConnectionJob
{
    public required string Id { get; init; }
    public required string WorkspaceId { get; init; }
    public required string ConnectionId { get; init; }
    public required string Name { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    /// <summary>When the partner started the import; null while the job is still being assembled.</summary>
    public DateTime? ImportInitiatedAt { get; set; }
    /// <summary>When the job was cancelled; its non-terminal tasks are cancelled with it.</summary>
    public DateTime? CancelledAt { get; set; }
    /// <summary>When a fatal task aborted the whole job.</summary>
    public DateTime? AbortedAt { get; set; }
    public List<JobWork> JobWorks { get; init; } = [];
}
