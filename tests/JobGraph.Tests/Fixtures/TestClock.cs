namespace JobGraph.Tests.Fixtures;

/// <summary>
/// The server's clock in tests: real time plus an offset a test can move forward (e.g. past a link's expiry) and must
/// put back, since the server is shared by the tests of a collection.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward by <paramref name="by"/> until the returned scope is disposed.</summary>
    public IDisposable Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return new Scope(() => Interlocked.Add(ref _offsetTicks, -by.Ticks));
    }

    private sealed class Scope(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
