namespace JobGraph.Tests.Fixtures;

/// <summary>Counts what happened on one path of the <see cref="FileServer"/>.</summary>
public sealed class RequestStats
{
    private int _count;
    private int _served;
    private int _aborted;

    /// <summary>Requests received.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Slow answers sent to the end (counted just after the last byte left, so it may trail the client by a moment).</summary>
    public int ServedCount => Volatile.Read(ref _served);

    /// <summary>Slow answers the client walked away from.</summary>
    public int AbortedCount => Volatile.Read(ref _aborted);

    public void Started() => Interlocked.Increment(ref _count);

    public void Served() => Interlocked.Increment(ref _served);

    public void Aborted() => Interlocked.Increment(ref _aborted);

    public override string ToString() => $"{Count} requests, {ServedCount} served, {AbortedCount} aborted";
}
