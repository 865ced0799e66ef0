using System.Collections;
using System.Diagnostics;
using JobGraph.Server.Data;

namespace JobGraph.Server.Http;

/// <summary>
/// Logs one line per GraphQL request: operation, the caller's <c>source-platform</c> header, status, time, the
/// number of SQL commands the request cost and a correlation id, which every log line of the request carries in
/// its scope and the response returns as <c>X-Correlation-Id</c>.
/// </summary>
public sealed partial class RequestLogMiddleware(RequestDelegate next, SqlCommandCounter sqlCommands, ILogger<RequestLogMiddleware> logger)
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
        using (logger.BeginScope(new RequestScope(sourcePlatform, correlationId)))
        {
            try
            {
                await next(context);
            }
            finally
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    Answered(logger, context.Request.Method, feature.OperationName ?? "(anonymous)", sourcePlatform, context.Response.StatusCode,
                        elapsedMs, counter.Count, correlationId);
                }
            }
        }
    }

    // Generated: no argument array and no boxing unless the line is written.
    [LoggerMessage(EventId = 0, Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} from {SourcePlatform} answered {StatusCode} in {ElapsedMs} ms with {SqlCommands} SQL commands, correlation {CorrelationId}")]
    private static partial void Answered(ILogger logger, string method, string operationName, string sourcePlatform, int statusCode,
        long elapsedMs, int sqlCommands, string correlationId);

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

        // The header is the caller's free text: keep log lines bounded and single-line. Most callers send a short
        // plain name, which is kept as it is.
        if (value.Length <= MaxSourcePlatformLength && !HasControl(value))
        {
            return value;
        }

        return new string(value.Where(c => !char.IsControl(c)).Take(MaxSourcePlatformLength).ToArray());
    }

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    // The request's values for every log line it writes, as the structured pairs logging providers read from a scope.
    private sealed class RequestScope(string sourcePlatform, string correlationId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 2;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("SourcePlatform", sourcePlatform),
            1 => new("CorrelationId", correlationId),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
            yield return this[1];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"SourcePlatform:{sourcePlatform} CorrelationId:{correlationId}";
    }
}
