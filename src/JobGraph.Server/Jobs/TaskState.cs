namespace JobGraph.Server.Jobs;

/// <summary>pending → queued → running → complete | failed | cancelled.</summary>
public enum TaskState
{
    Pending,
    Queued,
    Running,
    Complete,
    Failed,
    Cancelled,
}
