namespace JobGraph.Server.Jobs;

/// <summary>
/// What a job's status, outcome and progress read of its tasks: the current tasks (<see cref="StatusRules.Current"/>)
/// counted by state, how many attempts of any age have started, and the name of the oldest running current task.
/// Worked out from a task list (<see cref="StatusRules.Facts"/>) or in SQL (<see cref="JobTaskFactsByConnectionJobIdLoader"/>);
/// either way <see cref="StatusRules.Summarize(ConnectionJob, JobTaskFacts)"/> applies the same rules to them.
/// </summary>
/// <param name="Total">Current tasks.</param>
/// <param name="Started">Tasks of every attempt that are neither pending nor queued.</param>
/// <param name="Complete">Current tasks that completed.</param>
/// <param name="Failed">Current tasks that failed.</param>
/// <param name="Cancelled">Current tasks that were cancelled.</param>
/// <param name="OldestRunning">The name of the running current task that started first (then by id), if any.</param>
public sealed record JobTaskFacts(int Total, int Started, int Complete, int Failed, int Cancelled, string? OldestRunning)
{
    /// <summary>A job without tasks.</summary>
    public static readonly JobTaskFacts None = new(0, 0, 0, 0, 0, null);

    /// <summary>Current tasks that are complete, failed or cancelled.</summary>
    public int Terminal => Complete + Failed + Cancelled;
}
