namespace JobGraph.Tests.Fixtures;

/// <summary>Reads the server's one-line-per-request log, found by the request's unique source-platform header.</summary>
public static class RequestLog
{
    public const string Category = "JobGraph.Server.Http.RequestLogMiddleware";

    public static Task<LogEntry> ForAsync(ServerFixture server, string sourcePlatform)
        => Poll.UntilAsync(
            () => server.Logs.Entries.FirstOrDefault(e => e.Category == Category && Equals(e.Values.GetValueOrDefault("SourcePlatform"), sourcePlatform)),
            entry => entry is not null,
            TimeSpan.FromSeconds(10),
            $"the request log line for source-platform '{sourcePlatform}'")!;
}
