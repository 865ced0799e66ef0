namespace JobGraph.Server.Jobs;

/// <summary>
/// Counts a job's tasks into <see cref="JobTaskFacts"/>, whoever decided which of them are current: what counts as
/// started, as terminal, and which running task is the current step is decided here only.
/// </summary>
public sealed class JobTaskFactsBuilder
{
    private int _total;
    private int _started;
    private int _complete;
    private int _failed;
    private int _cancelled;
    private DateTime _stepAt;
    private string? _stepId;
    private string? _stepName;

    /// <summary>Counts one attempt, current or not: any that left pending or queued has started.</summary>
    public void AddAttempt(TaskState status)
    {
        if (status is not (TaskState.Pending or TaskState.Queued))
        {
            _started++;
        }
    }

    /// <summary>
    /// Counts a current task (also counted by <see cref="AddAttempt"/>). A running one is the current step when it
    /// started first: by <paramref name="startedAt"/> (its start, or its creation when it has none), then by id.
    /// <paramref name="id"/> and <paramref name="name"/> are read only for a running task.
    /// </summary>
    public void AddCurrent(TaskState status, DateTime startedAt, string? id, string? name)
    {
        _total++;
        switch (status)
        {
            case TaskState.Complete:
                _complete++;
                break;
            case TaskState.Failed:
                _failed++;
                break;
            case TaskState.Cancelled:
                _cancelled++;
                break;
            case TaskState.Running when _stepId is null || startedAt < _stepAt || (startedAt == _stepAt && string.CompareOrdinal(id, _stepId) < 0):
                (_stepAt, _stepId, _stepName) = (startedAt, id ?? throw new ArgumentNullException(nameof(id)), name);
                break;
        }
    }

    public JobTaskFacts Build() => new(_total, _started, _complete, _failed, _cancelled, _stepName);
}
