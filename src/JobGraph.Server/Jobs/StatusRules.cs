using JobGraph.Server.Artifacts;
using JobGraph.Server.Works;

namespace JobGraph.Server.Jobs;

/// <summary>
/// Every derived status, computed from task rows (DESIGN.md, "Status is computed, never stored twice").
/// Pure functions: the first matching row of each table decides.
/// </summary>
public static class StatusRules
{
    private static readonly (Func<JobFacts, bool> When, string Status)[] _jobTable =
    [
        (f => f.CancelledByCaller, JobStatuses.Cancelled),
        (f => !f.ImportInitiated, JobStatuses.Pending),
        (f => f.Aborted, JobStatuses.Failed),
        (f => f.Total == 0, JobStatuses.Completed),
        // Initiated but not started: every task still pending or queued ("accepted", seeds 001 and 003).
        (f => f.Started == 0, JobStatuses.Pending),
        (f => f.Terminal < f.Total, JobStatuses.Active),
        (f => f.Failed > 0, JobStatuses.Failed),
        (f => f.Cancelled == f.Total, JobStatuses.Cancelled),
        (_ => true, JobStatuses.Completed),
    ];

    private static readonly (Func<WorkFacts, bool> When, string Status)[] _workTable =
    [
        (f => f.Deleted, WorkStatuses.Deleted),
        (f => f.Import == TaskState.Failed, WorkStatuses.Error),
        (f => f.Import == TaskState.Complete && f.AllFetchesTerminal, WorkStatuses.Imported),
        (_ => true, WorkStatuses.Pending),
    ];

    private static readonly (Func<TaskState?, bool> When, string Status)[] _artifactTable =
    [
        (s => s == TaskState.Complete, ArtifactStatuses.Completed),
        (s => s == TaskState.Failed, ArtifactStatuses.Failed),
        (s => s == TaskState.Cancelled, ArtifactStatuses.Cancelled),
        (_ => true, ArtifactStatuses.Pending),
    ];

    public static bool IsTerminal(TaskState state) => state is TaskState.Complete or TaskState.Failed or TaskState.Cancelled;

    /// <summary>A task status as the API shows it: pending, queued, running, complete, failed or cancelled.</summary>
    public static string TaskStatus(TaskState state) => state.ToString().ToLowerInvariant();

    /// <summary>pending (import not initiated, or no task started yet), active, completed, failed or cancelled.</summary>
    public static string JobStatus(ConnectionJob job, IReadOnlyCollection<JobTask> tasks) => JobStatus(job, Facts(tasks));

    /// <summary>
    /// Null until the job is completed, failed or cancelled; then how many of its tasks completed. A completed job
    /// without tasks succeeded; a cancelled or failed one without tasks did not.
    /// </summary>
    public static JobOutcome? Outcome(ConnectionJob job, IReadOnlyCollection<JobTask> tasks) => Summarize(job, tasks).Outcome;

    /// <summary>
    /// Terminal tasks of all tasks, and the name of the oldest running task; no current step once the job is
    /// finished, even if an aborted job's task is still winding down.
    /// </summary>
    public static JobProgress Progress(ConnectionJob job, IReadOnlyCollection<JobTask> tasks) => Summarize(job, tasks).Progress;

    /// <summary>
    /// What the status, outcome and progress fields show, from one look at the task list: the fields of one job
    /// share it instead of each working out the current tasks and the status again.
    /// </summary>
    public static JobSummary Summarize(ConnectionJob job, IReadOnlyCollection<JobTask> tasks) => Summarize(job, Facts(tasks));

    /// <summary>
    /// What the status, outcome and progress fields show, from the facts of the job's tasks, however they were
    /// gathered: a task list and SQL's aggregate answer alike through these tables.
    /// </summary>
    public static JobSummary Summarize(ConnectionJob job, JobTaskFacts facts)
    {
        var status = JobStatus(job, facts);
        return new(status, OutcomeOf(status, facts), ProgressOf(IsFinished(status), facts));
    }

    /// <summary>
    /// The facts the job rules read of a task list: its current tasks by state, every started attempt, and the oldest
    /// running current task (by start, or creation when it has no start time, then by id).
    /// </summary>
    public static JobTaskFacts Facts(IReadOnlyCollection<JobTask> tasks)
    {
        var facts = new JobTaskFactsBuilder();
        foreach (var task in tasks)
        {
            facts.AddAttempt(task.Status);
        }

        foreach (var task in Current(tasks))
        {
            facts.AddCurrent(task.Status, task.StartedAt ?? task.CreatedAt, task.Id, task.Name);
        }

        return facts.Build();
    }

    // Started counts every attempt, so a finished job whose artifact was re-created is active again, not back to pending.
    private static string JobStatus(ConnectionJob job, JobTaskFacts facts) => First(_jobTable, new JobFacts(
        job.CancelledAt is not null, job.ImportInitiatedAt is not null, job.AbortedAt is not null,
        facts.Total, facts.Started, facts.Terminal, facts.Failed, facts.Cancelled));

    private static JobOutcome? OutcomeOf(string status, JobTaskFacts facts)
    {
        if (!IsFinished(status))
        {
            return null;
        }

        return facts.Total == 0 ? (status == JobStatuses.Completed ? JobOutcome.Success : JobOutcome.Failure)
            : facts.Complete == facts.Total ? JobOutcome.Success
            : facts.Complete > 0 ? JobOutcome.PartialSuccess
            : JobOutcome.Failure;
    }

    private static JobProgress ProgressOf(bool finished, JobTaskFacts facts)
        => new(facts.Terminal, facts.Total, finished ? null : facts.OldestRunning);

    /// <summary>
    /// The tasks a job's status, outcome and progress count: each artifact's latest fetch and each job work's latest
    /// import. An attempt that a re-created artifact replaced (DESIGN.md, workArtifact.status) stays in the job's task
    /// list as history, but a file that arrived on the second try leaves no failure behind.
    /// </summary>
    public static IReadOnlyCollection<JobTask> Current(IReadOnlyCollection<JobTask> tasks)
    {
        var latest = new Dictionary<(TaskKind, string), JobTask>(tasks.Count);
        foreach (var task in tasks)
        {
            var key = (task.Kind, task.WorkArtifactId ?? task.JobWorkId ?? task.Id);
            if (!latest.TryGetValue(key, out var seen) || IsLater(task, seen))
            {
                latest[key] = task;
            }
        }

        // Without retries (the usual case) every task counts: the same list, no copy.
        return latest.Count == tasks.Count ? tasks : [.. latest.Values];
    }

    /// <summary>deleted, error (import failed), imported (import done and every file settled) or pending.</summary>
    /// <param name="work">The work; a deleted work is deleted whatever its tasks say.</param>
    /// <param name="tasks">The work's tasks: its import tasks and its artifacts' fetch tasks, of any job.</param>
    public static string WorkStatus(Work work, IReadOnlyCollection<JobTask> tasks)
    {
        var facts = new WorkFacts(
            work.DeletedAt is not null,
            Latest(tasks, TaskKind.ImportWork)?.Status,
            tasks.Where(t => t.Kind == TaskKind.FetchArtifact).All(t => IsTerminal(t.Status)));
        return First(_workTable, facts);
    }

    /// <summary>The status of the artifact's latest fetch task: pending until it ends.</summary>
    public static string ArtifactStatus(IReadOnlyCollection<JobTask> tasks)
    {
        return First(_artifactTable, LatestFetch(tasks)?.Status);
    }

    /// <summary>The artifact's latest fetch task: the attempt whose result counts.</summary>
    public static JobTask? LatestFetch(IReadOnlyCollection<JobTask> tasks) => Latest(tasks, TaskKind.FetchArtifact);

    /// <summary>Whether a job in this status is over: completed, failed or cancelled.</summary>
    public static bool IsFinished(string jobStatus) => jobStatus is JobStatuses.Completed or JobStatuses.Failed or JobStatuses.Cancelled;

    private static bool IsLater(JobTask task, JobTask than)
        => task.CreatedAt != than.CreatedAt ? task.CreatedAt > than.CreatedAt : string.CompareOrdinal(task.Id, than.Id) > 0;

    // One pass, no sort: status fields call this for every artifact of a response.
    private static JobTask? Latest(IReadOnlyCollection<JobTask> tasks, TaskKind kind)
    {
        JobTask? latest = null;
        if (tasks is IReadOnlyList<JobTask> list)
        {
            // By index: a foreach over the interface would allocate an enumerator per artifact field.
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Kind == kind && (latest is null || IsLater(list[i], latest)))
                {
                    latest = list[i];
                }
            }

            return latest;
        }

        foreach (var task in tasks)
        {
            if (task.Kind == kind && (latest is null || IsLater(task, latest)))
            {
                latest = task;
            }
        }

        return latest;
    }

    private static string First<TFacts>((Func<TFacts, bool> When, string Status)[] table, TFacts facts)
    {
        foreach (var (when, status) in table)
        {
            if (when(facts))
            {
                return status;
            }
        }

        throw new InvalidOperationException("Every status table ends with a row that always matches.");
    }

    private readonly record struct JobFacts(
        bool CancelledByCaller, bool ImportInitiated, bool Aborted, int Total, int Started, int Terminal, int Failed, int Cancelled);

    private readonly record struct WorkFacts(bool Deleted, TaskState? Import, bool AllFetchesTerminal);
}
