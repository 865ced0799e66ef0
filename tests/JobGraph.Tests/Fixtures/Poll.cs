namespace JobGraph.Tests.Fixtures;

/// <summary>Waits for something to become true without fixed sleeps; on timeout says what never happened.</summary>
public static class Poll
{
    public static Task<T> UntilAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan timeout, string what)
        => UntilAsync(() => Task.FromResult(read()), done, timeout, what);

    /// <summary>As the synchronous overload, reading asynchronously (a database row, an HTTP call, a browser action).</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds} s; last value: {value}");
            }

            await Task.Delay(20);
        }
    }
}
