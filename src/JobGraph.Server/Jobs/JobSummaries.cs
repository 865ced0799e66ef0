using System.Runtime.CompilerServices;

namespace JobGraph.Server.Jobs;

/// <summary>
/// One request's job summaries, one per loaded task list: status, outcome and progress of a job are three fields
/// over the same tasks, so the rules run once per job instead of once per field.
/// </summary>
public sealed class JobSummaries
{
    // Keyed by the loaded list itself: a job's three fields get the same list from the request's loader.
    private readonly ConditionalWeakTable<IReadOnlyCollection<JobTask>, JobSummary> _byTasks = [];

    public JobSummary Of(ConnectionJob job, IReadOnlyCollection<JobTask> tasks)
        => _byTasks.GetValue(tasks, list => StatusRules.Summarize(job, list));
}
