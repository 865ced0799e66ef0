namespace JobGraph.Server.Processing;

public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Runs the task worker inside this server; off for a server that should only answer queries.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many tasks this server runs at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How long a claim holds a task; the worker renews it every third of this while the task runs.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the worker looks for claimable tasks while it has a free slot.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a task is started before a transient failure becomes final.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry; it doubles with every further attempt.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(5);
}
