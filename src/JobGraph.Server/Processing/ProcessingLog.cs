using JobGraph.Server.Jobs;

namespace JobGraph.Server.Processing;

/// <summary>
/// The worker's log lines. A fetch is logged by host only, never by URL: a partner URL may carry a token in its
/// query string.
/// </summary>
internal static partial class ProcessingLog
{
    [LoggerMessage(LogLevel.Information, "Task worker is off (Worker:Enabled is false)")]
    public static partial void WorkerOff(this ILogger logger);

    [LoggerMessage(LogLevel.Information, "Task worker {EngineId} started with {Concurrency} slots")]
    public static partial void WorkerStarted(this ILogger logger, string engineId, int concurrency);

    [LoggerMessage(LogLevel.Error, "Task worker {EngineId} could not claim tasks")]
    public static partial void ClaimFailed(this ILogger logger, Exception exception, string engineId);

    [LoggerMessage(LogLevel.Information, "Task {TaskId} of job {JobId} fetching from host {Host}, attempt {Attempt}")]
    public static partial void Fetching(this ILogger logger, string taskId, string jobId, string? host, int attempt);

    [LoggerMessage(LogLevel.Information, "Fetch redirected to host {Host}")]
    public static partial void Redirected(this ILogger logger, string host);

    [LoggerMessage(LogLevel.Information, "Task {TaskId} of job {JobId} is {Status} after attempt {Attempt} {ErrorCode}")]
    public static partial void Finished(this ILogger logger, string taskId, string jobId, TaskState status, int attempt, string? errorCode);

    [LoggerMessage(LogLevel.Information, "Task {TaskId} of job {JobId} stopped: its lease was lost (cancelled or taken over)")]
    public static partial void LeaseLost(this ILogger logger, string taskId, string jobId);

    [LoggerMessage(LogLevel.Information, "Task {TaskId} of job {JobId} finished after its lease was lost; result dropped")]
    public static partial void ResultDropped(this ILogger logger, string taskId, string jobId);

    [LoggerMessage(LogLevel.Information, "Task {TaskId} of job {JobId} handed back at shutdown")]
    public static partial void HandedBack(this ILogger logger, string taskId, string jobId);

    [LoggerMessage(LogLevel.Error, "Task {TaskId} of job {JobId} failed unexpectedly")]
    public static partial void Unexpected(this ILogger logger, Exception exception, string taskId, string jobId);

    [LoggerMessage(LogLevel.Error, "Task {TaskId} of job {JobId}: the result could not be recorded")]
    public static partial void RecordFailed(this ILogger logger, Exception exception, string taskId, string jobId);

    [LoggerMessage(LogLevel.Warning, "Task {TaskId}: lease renewal failed; trying again")]
    public static partial void RenewalFailed(this ILogger logger, Exception exception, string taskId);
}
