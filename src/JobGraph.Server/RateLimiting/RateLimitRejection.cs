using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using JobGraph.Server.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace JobGraph.Server.RateLimiting;

/// <summary>The 429 answer: <c>Retry-After</c> in seconds and a GraphQL error body, so clients read it like any other error.</summary>
public static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
        http.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = (MediaTypes.Negotiate(http.Request) ?? MediaTypes.Json) + "; charset=utf-8";
        var result = new ExecutionResult
        {
            Errors = [new ExecutionError("Too many requests: retry after the number of seconds in the Retry-After header.") { Code = ErrorCodes.RateLimited }],
        };
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, cancellationToken);
    }
}
