using JobGraph.Server.Jobs;

namespace JobGraph.Server.Processing;

/// <summary>What a run of a task ends with: complete (with the stored file of a fetch), failed, or queued again for a retry.</summary>
public sealed record TaskOutcome(TaskState State, string? ErrorCode = null, string? Error = null, FetchedFile? File = null, DateTime? RunAfter = null)
{
    public static TaskOutcome Completed(FetchedFile? file = null) => new(TaskState.Complete, File: file);

    public static TaskOutcome Failed(string code, string message) => new(TaskState.Failed, code, message);

    /// <summary>Queued again, not claimable before <paramref name="runAfter"/>; the error stays visible until the next attempt ends.</summary>
    public static TaskOutcome RetryAt(DateTime runAfter, string code, string message) => new(TaskState.Queued, code, message, RunAfter: runAfter);
}
