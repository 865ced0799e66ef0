namespace JobGraph.Server.Jobs;

/// <summary>
/// One request's job summaries, one per job: status, outcome and progress of a job are three fields over the same
/// tasks, so the rules run once per job instead of once per field.
/// </summary>
public sealed class JobSummaries
{
    // Keyed by the job row the three fields share as their source (by reference), not by the loaded value: every job
    // without tasks gets the same JobTaskFacts.None, though jobs differ in their own facts (initiated, cancelled, aborted).
    // A plain dictionary: a ConditionalWeakTable per request left finalizable containers behind (a sixth of a poll's
    // CPU time went to the finalizer thread in the profile).
    private readonly Dictionary<ConnectionJob, JobSummary> _byJob = [];
    private readonly Lock _sync = new();

    /// <summary>The summary of <paramref name="job"/> from its task list.</summary>
    public JobSummary Of(ConnectionJob job, IReadOnlyCollection<JobTask> tasks) => Of(job, tasks, StatusRules.Summarize);

    /// <summary>The summary of <paramref name="job"/> from the facts of its tasks.</summary>
    public JobSummary Of(ConnectionJob job, JobTaskFacts facts) => Of(job, facts, StatusRules.Summarize);

    private JobSummary Of<TTasks>(ConnectionJob job, TTasks tasks, Func<ConnectionJob, TTasks, JobSummary> summarize)
    {
        lock (_sync)
        {
            if (!_byJob.TryGetValue(job, out var summary))
            {
                _byJob[job] = summary = summarize(job, tasks);
            }

            return summary;
        }
    }
}
