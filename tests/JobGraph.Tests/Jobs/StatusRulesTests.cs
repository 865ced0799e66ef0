using JobGraph.Server.Jobs;

namespace JobGraph.Tests.Jobs;

/// <summary>
/// The decision tables of DESIGN.md "Status is computed, never stored twice", one row per table row or edge case.
/// Task cells are parsed by <see cref="TaskRows"/>: <c>[fetch:|import:]state[@startMinute]</c>, in creation order.
/// </summary>
public sealed class StatusRulesTests
{
    [Theory]
    // Not initiated: pending, whatever the tasks say.
    [InlineData("not initiated", "none", "pending")]
    [InlineData("not initiated", "pending,pending", "pending")]
    [InlineData("not initiated", "complete,failed,running", "pending")]
    // Cancelled by the caller: cancelled, whatever the tasks say.
    [InlineData("initiated, cancelled", "complete,running,failed", "cancelled")]
    [InlineData("initiated, cancelled", "complete,complete", "cancelled")]
    [InlineData("initiated, cancelled", "none", "cancelled")]
    [InlineData("not initiated, cancelled", "pending", "cancelled")]
    // Aborted by a fatal task: failed, even with tasks left or none failed.
    [InlineData("initiated, aborted", "complete,failed,pending", "failed")]
    [InlineData("initiated, aborted", "complete,cancelled", "failed")]
    [InlineData("initiated, aborted", "running", "failed")]
    [InlineData("initiated, aborted", "none", "failed")]
    // Initiated with no tasks: completed.
    [InlineData("initiated", "none", "completed")]
    // Initiated but no task started yet (every task pending or queued): still pending.
    [InlineData("initiated", "pending,pending", "pending")]
    [InlineData("initiated", "queued", "pending")]
    [InlineData("initiated", "pending,queued,queued", "pending")]
    // Some task started, not all terminal: active.
    [InlineData("initiated", "running", "active")]
    [InlineData("initiated", "running,queued,pending", "active")]
    [InlineData("initiated", "complete,queued", "active")]
    [InlineData("initiated", "failed,running", "active")]
    [InlineData("initiated", "cancelled,complete,pending", "active")]
    // All terminal, none failed: completed.
    [InlineData("initiated", "complete", "completed")]
    [InlineData("initiated", "complete,complete,complete", "completed")]
    [InlineData("initiated", "complete,cancelled", "completed")]
    // All terminal, some failed: failed.
    [InlineData("initiated", "failed", "failed")]
    [InlineData("initiated", "failed,failed", "failed")]
    [InlineData("initiated", "complete,failed,complete", "failed")]
    [InlineData("initiated", "failed,cancelled", "failed")]
    // All cancelled: cancelled.
    [InlineData("initiated", "cancelled", "cancelled")]
    [InlineData("initiated", "cancelled,cancelled", "cancelled")]
    // A re-created artifact's new fetch replaces its failed one: only each artifact's latest fetch counts.
    [InlineData("initiated", "failed#a,complete,complete#a", "completed")]
    [InlineData("initiated", "failed#a,complete,queued#a", "active")]
    [InlineData("initiated", "failed#a,queued#a", "active")]
    [InlineData("initiated", "complete#a,complete,failed#a", "failed")]
    [InlineData("initiated", "fetch:failed#a,import:failed#w,fetch:complete#a,import:complete#w", "completed")]
    public void Job_status_follows_the_decision_table(string job, string tasks, string expected)
    {
        // Arrange
        var connectionJob = TaskRows.Job(job);
        var taskRows = TaskRows.Parse(tasks);

        // Act
        var status = StatusRules.JobStatus(connectionJob, taskRows);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    // Null while pending or active.
    [InlineData("not initiated", "none", null)]
    [InlineData("not initiated", "complete,complete", null)]
    [InlineData("initiated", "pending", null)]
    [InlineData("initiated", "complete,running", null)]
    [InlineData("initiated", "failed,queued", null)]
    // SUCCESS: every task complete, or no task at all after initiation.
    [InlineData("initiated", "none", JobOutcome.Success)]
    [InlineData("initiated", "complete", JobOutcome.Success)]
    [InlineData("initiated", "complete,complete,complete", JobOutcome.Success)]
    // PARTIAL_SUCCESS: some complete, some not.
    [InlineData("initiated", "complete,failed", JobOutcome.PartialSuccess)]
    [InlineData("initiated", "failed,complete,cancelled", JobOutcome.PartialSuccess)]
    [InlineData("initiated", "complete,cancelled", JobOutcome.PartialSuccess)]
    // FAILURE: none complete.
    [InlineData("initiated", "failed", JobOutcome.Failure)]
    [InlineData("initiated", "failed,failed", JobOutcome.Failure)]
    [InlineData("initiated", "cancelled,cancelled", JobOutcome.Failure)]
    [InlineData("initiated", "failed,cancelled", JobOutcome.Failure)]
    // Cancelled by the caller or aborted: terminal, so counted the same way.
    [InlineData("initiated, cancelled", "complete,cancelled,cancelled", JobOutcome.PartialSuccess)]
    [InlineData("initiated, cancelled", "cancelled,cancelled", JobOutcome.Failure)]
    [InlineData("initiated, cancelled", "none", JobOutcome.Failure)]
    [InlineData("not initiated, cancelled", "none", JobOutcome.Failure)]
    [InlineData("not initiated, cancelled", "cancelled", JobOutcome.Failure)]
    [InlineData("initiated, aborted", "complete,failed,cancelled", JobOutcome.PartialSuccess)]
    [InlineData("initiated, aborted", "failed,cancelled", JobOutcome.Failure)]
    // Superseded attempts do not count: a file that arrived on the second try is a success.
    [InlineData("initiated", "failed#a,complete,complete#a", JobOutcome.Success)]
    [InlineData("initiated", "cancelled#a,failed,complete#a", JobOutcome.PartialSuccess)]
    public void Job_outcome_counts_completed_tasks_once_the_job_is_terminal(string job, string tasks, JobOutcome? expected)
    {
        // Arrange
        var connectionJob = TaskRows.Job(job);
        var taskRows = TaskRows.Parse(tasks);

        // Act
        var outcome = StatusRules.Outcome(connectionJob, taskRows);

        // Assert
        Assert.Equal(expected, outcome);
    }

    [Theory]
    [InlineData("not initiated", "complete,failed,running")]
    [InlineData("initiated, cancelled", "complete,running")]
    [InlineData("initiated, aborted", "complete,failed,pending")]
    [InlineData("initiated", "none")]
    [InlineData("initiated", "pending,queued")]
    [InlineData("initiated", "complete,running@30,queued,running@20,failed")]
    [InlineData("initiated", "complete,failed,complete")]
    [InlineData("initiated", "cancelled,cancelled")]
    // Superseded attempts: a retry not yet started, one that succeeded, one that failed again.
    [InlineData("initiated", "failed#a,queued#a")]
    [InlineData("initiated", "failed#a,complete,complete#a")]
    [InlineData("initiated", "complete#a,complete,failed#a")]
    [InlineData("initiated", "fetch:failed#a,import:failed#w,fetch:complete#a,import:complete#w")]
    public void A_job_summary_shows_what_the_status_outcome_and_progress_rules_show(string job, string tasks)
    {
        // Arrange
        var connectionJob = TaskRows.Job(job);
        var taskRows = TaskRows.Parse(tasks);

        // Act
        var summary = StatusRules.Summarize(connectionJob, taskRows);

        // Assert
        Assert.Equal(
            new JobSummary(StatusRules.JobStatus(connectionJob, taskRows), StatusRules.Outcome(connectionJob, taskRows), StatusRules.Progress(connectionJob, taskRows)),
            summary);
    }

    [Theory]
    [InlineData("initiated", "none", 0, 0, null)]
    [InlineData("not initiated", "pending,queued", 0, 2, null)]
    [InlineData("initiated", "failed,queued", 1, 2, null)]
    [InlineData("initiated", "complete,failed,cancelled", 3, 3, null)]
    [InlineData("initiated", "complete,running,pending", 1, 3, "step 2")]
    [InlineData("initiated", "running,running", 0, 2, "step 1")]
    // The oldest running task by start time, not by creation.
    [InlineData("initiated", "running@9,running@4", 0, 2, "step 2")]
    [InlineData("initiated", "complete,running@30,queued,running@20,failed", 2, 5, "step 4")]
    // A finished job has no current step, even while an aborted or cancelled job's task winds down.
    [InlineData("initiated, aborted", "failed,running", 1, 2, null)]
    [InlineData("initiated, cancelled", "complete,running", 1, 2, null)]
    // Steps are each artifact's latest fetch: a retry replaces the failed step instead of adding one.
    [InlineData("initiated", "failed#a,complete,running#a", 1, 2, "step 3")]
    [InlineData("initiated", "failed#a,complete,complete#a", 2, 2, null)]
    public void Progress_counts_terminal_tasks_and_names_the_oldest_running_one(
        string job, string tasks, int completedSteps, int totalSteps, string? currentStep)
    {
        // Arrange
        var connectionJob = TaskRows.Job(job);
        var taskRows = TaskRows.Parse(tasks);

        // Act
        var inCreationOrder = StatusRules.Progress(connectionJob, taskRows);
        var inReverseOrder = StatusRules.Progress(connectionJob, Reversed(taskRows));

        // Assert
        Assert.Equal(new JobProgress(completedSteps, totalSteps, currentStep), inCreationOrder);
        Assert.Equal(inCreationOrder, inReverseOrder);
    }

    [Theory]
    // Deleted wins.
    [InlineData("deleted", "none", "deleted")]
    [InlineData("deleted", "fetch:complete,import:complete", "deleted")]
    [InlineData("deleted", "fetch:running,import:failed", "deleted")]
    // No import task yet, or the import not finished: pending.
    [InlineData("live", "none", "pending")]
    [InlineData("live", "fetch:complete", "pending")]
    [InlineData("live", "fetch:complete,import:pending", "pending")]
    [InlineData("live", "fetch:complete,import:running", "pending")]
    // The import failed: error.
    [InlineData("live", "fetch:complete,import:failed", "error")]
    [InlineData("live", "fetch:running,import:failed", "error")]
    // The import succeeded and every fetch is terminal: imported.
    [InlineData("live", "import:complete", "imported")]
    [InlineData("live", "fetch:complete,fetch:complete,import:complete", "imported")]
    [InlineData("live", "fetch:complete,fetch:failed,fetch:cancelled,import:complete", "imported")]
    // The import succeeded but a fetch has not ended: pending.
    [InlineData("live", "fetch:complete,fetch:running,import:complete", "pending")]
    [InlineData("live", "import:complete,fetch:queued", "pending")]
    // Several imports: the latest created decides.
    [InlineData("live", "fetch:complete,import:failed,import:complete", "imported")]
    [InlineData("live", "fetch:complete,import:complete,import:failed", "error")]
    [InlineData("live", "fetch:complete,import:failed,import:running", "pending")]
    public void Work_status_follows_the_decision_table(string work, string tasks, string expected)
    {
        // Arrange
        var workRow = TaskRows.Work(work);
        var taskRows = TaskRows.Parse(tasks);

        // Act
        var inCreationOrder = StatusRules.WorkStatus(workRow, taskRows);
        var inReverseOrder = StatusRules.WorkStatus(workRow, Reversed(taskRows));

        // Assert
        Assert.Equal(expected, inCreationOrder);
        Assert.Equal(expected, inReverseOrder);
    }

    [Theory]
    [InlineData("none", "pending")]
    [InlineData("pending", "pending")]
    [InlineData("queued", "pending")]
    [InlineData("running", "pending")]
    [InlineData("complete", "completed")]
    [InlineData("failed", "failed")]
    [InlineData("cancelled", "cancelled")]
    // Retried: the latest fetch created decides.
    [InlineData("failed,complete", "completed")]
    [InlineData("failed,running", "pending")]
    [InlineData("failed,failed", "failed")]
    [InlineData("cancelled,complete", "completed")]
    [InlineData("complete,failed", "failed")]
    // Only fetch tasks count.
    [InlineData("fetch:complete,import:failed", "completed")]
    public void Artifact_status_is_that_of_its_latest_fetch(string tasks, string expected)
    {
        // Arrange
        var taskRows = TaskRows.Parse(tasks);

        // Act
        var inCreationOrder = StatusRules.ArtifactStatus(taskRows);
        var inReverseOrder = StatusRules.ArtifactStatus(Reversed(taskRows));

        // Assert
        Assert.Equal(expected, inCreationOrder);
        Assert.Equal(expected, inReverseOrder);
    }

    [Theory]
    [InlineData(TaskState.Pending, "pending")]
    [InlineData(TaskState.Queued, "queued")]
    [InlineData(TaskState.Running, "running")]
    [InlineData(TaskState.Complete, "complete")]
    [InlineData(TaskState.Failed, "failed")]
    [InlineData(TaskState.Cancelled, "cancelled")]
    public void Task_status_is_the_lowercase_state_name(TaskState state, string expected)
    {
        // Act
        var status = StatusRules.TaskStatus(state);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData(TaskState.Pending, false)]
    [InlineData(TaskState.Queued, false)]
    [InlineData(TaskState.Running, false)]
    [InlineData(TaskState.Complete, true)]
    [InlineData(TaskState.Failed, true)]
    [InlineData(TaskState.Cancelled, true)]
    public void Complete_failed_and_cancelled_tasks_are_terminal(TaskState state, bool expected)
    {
        // Act
        var terminal = StatusRules.IsTerminal(state);

        // Assert
        Assert.Equal(expected, terminal);
    }

    // The loaders return tasks in creation order; the rules must not rely on it.
    private static List<JobTask> Reversed(List<JobTask> tasks) => [.. Enumerable.Reverse(tasks)];
}
