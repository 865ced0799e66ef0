namespace JobGraph.Server.Health;

/// <summary>
/// Where a background worker reports that it runs: <see cref="Started"/> once, <see cref="Beat"/> every loop,
/// <see cref="Stopped"/> on the way out. /readyz turns unready when a started worker stops or falls silent.
/// </summary>
public sealed class WorkerHeartbeat(TimeProvider clock)
{
    private readonly Lock _sync = new();

    public bool IsStarted { get; private set; }

    public bool IsStopped { get; private set; }

    public DateTimeOffset? LastBeat { get; private set; }

    public void Started()
    {
        lock (_sync)
        {
            (IsStarted, IsStopped, LastBeat) = (true, false, clock.GetUtcNow());
        }
    }

    public void Beat()
    {
        lock (_sync)
        {
            LastBeat = clock.GetUtcNow();
        }
    }

    public void Stopped()
    {
        lock (_sync)
        {
            IsStopped = true;
        }
    }
}
