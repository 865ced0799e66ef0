using System.Diagnostics;
using JobGraph.Server.Data;

namespace JobGraph.Server.Http;

/// <summary>
/// Logs one line per GraphQL request: operation, the caller's <c>source-platform</c> header, status, time and
/// the number of SQL commands the request cost.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, SqlCommandCounter sqlCommands, ILogger<RequestLogMiddleware> logger)
{
    private const int MaxSourcePlatformLength = 100;

    public async Task InvokeAsync(HttpContext context)
    {
        var counter = sqlCommands.BeginScope();
        var feature = new GraphQLRequestFeature();
        context.Features.Set(feature);
        var sourcePlatform = SourcePlatform(context.Request);
        var started = Stopwatch.GetTimestamp();
        using (logger.BeginScope(new Dictionary<string, object?> { ["SourcePlatform"] = sourcePlatform }))
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
                    "GraphQL {Method} {OperationName} from {SourcePlatform} answered {StatusCode} in {ElapsedMs} ms with {SqlCommands} SQL commands",
                    context.Request.Method,
                    feature.OperationName ?? "(anonymous)",
                    sourcePlatform,
                    context.Response.StatusCode,
                    (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    counter.Count);
                }
            }
        }
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
