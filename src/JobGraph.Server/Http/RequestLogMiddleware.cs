using System.Diagnostics;
using JobGraph.Server.Data;

namespace JobGraph.Server.Http;

/// <summary>
/// Logs one line per GraphQL request: operation, the caller's <c>source-platform</c> header, status, time, the
/// number of SQL commands the request cost and a correlation id, which every log line of the request carries in
/// its scope and the response returns as <c>X-Correlation-Id</c>.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, SqlCommandCounter sqlCommands, ILogger<RequestLogMiddleware> logger)
{
    public const string CorrelationHeader = "X-Correlation-Id";
    private const int MaxSourcePlatformLength = 100;

    public async Task InvokeAsync(HttpContext context)
    {
        var counter = sqlCommands.BeginScope();
        var feature = new GraphQLRequestFeature();
        context.Features.Set(feature);
        var sourcePlatform = SourcePlatform(context.Request);
        var correlationId = CorrelationId(context);
        // One id for the request everywhere: errors report the request's TraceIdentifier as their correlationId.
        context.TraceIdentifier = correlationId;
        context.Response.Headers[CorrelationHeader] = correlationId;
        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object?> { ["SourcePlatform"] = sourcePlatform, ["CorrelationId"] = correlationId }))
        {
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation(
                    "GraphQL {Method} {OperationName} from {SourcePlatform} answered {StatusCode} in {ElapsedMs} ms with {SqlCommands} SQL commands, correlation {CorrelationId}",
                    context.Request.Method,
                    feature.OperationName ?? "(anonymous)",
                    sourcePlatform,
                    context.Response.StatusCode,
                    (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    counter.Count,
                    correlationId);
                }
            }
        }
    }

    // The caller's own id when it is a plain token (so its logs and ours join up), else the trace id or ASP.NET Core's request id.
    private static string CorrelationId(HttpContext context)
    {
        string? given = context.Request.Headers[CorrelationHeader];
        if (given is { Length: > 0 and <= 64 } && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return given;
        }

        return Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
    }

    private static string SourcePlatform(HttpRequest request)
    {
        string? value = request.Headers["source-platform"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return "(none)";
        }

        // The header is the caller's free text: keep log lines bounded and single-line.
        var clean = new string(value.Where(c => !char.IsControl(c)).Take(MaxSourcePlatformLength).ToArray());
        return clean;
    }
}
