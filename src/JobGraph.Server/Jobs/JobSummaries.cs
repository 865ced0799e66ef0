using System.Runtime.CompilerServices;

namespace JobGraph.Server.Jobs;

/// <summary>
/// One request's job summaries, one per job: status, outcome and progress of a job are three fields over the same
/// tasks, so the rules run once per job instead of once per field.
/// </summary>
public sealed class JobSummaries
{
    // Keyed by the job row the three fields share as their source, not by the loaded value: every job without tasks
    // gets the same JobTaskFacts.None, though jobs differ in their own facts (initiated, cancelled, aborted).
    private readonly ConditionalWeakTable<ConnectionJob, JobSummary> _byJob = [];

    /// <summary>The summary of <paramref name="job"/> from its task list.</summary>
    public JobSummary Of(ConnectionJob job, IReadOnlyCollection<JobTask> tasks)
        => _byJob.TryGetValue(job, out var known) ? known : _byJob.GetValue(job, j => StatusRules.Summarize(j, tasks));

    /// <summary>The summary of <paramref name="job"/> from the facts of its tasks aggregated in SQL.</summary>
    public JobSummary Of(ConnectionJob job, JobTaskFacts facts)
        => _byJob.TryGetValue(job, out var known) ? known : _byJob.GetValue(job, j => StatusRules.Summarize(j, facts));
}
