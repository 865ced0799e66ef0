namespace JobGraph.Server.Processing;

/// <summary>
/// This server's identity as a lease holder. Unique per process start, so a restarted server never mistakes the
/// leases of its previous life for its own.
/// </summary>
public sealed class WorkerEngine
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";
}
