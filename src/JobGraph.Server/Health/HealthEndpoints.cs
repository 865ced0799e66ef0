using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobGraph.Server.Health;

/// <summary><c>/healthz</c>: the process answers (liveness). <c>/readyz</c>: it can serve (database, worker).</summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddJobGraphHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .Validate(o => o.WorkerSilentAfter > TimeSpan.Zero, "Health:WorkerSilentAfter must be positive.")
            .ValidateOnStart();
        services.AddSingleton<WorkerHeartbeat>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<WorkerHealthCheck>("worker", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapJobGraphHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return endpoints;
    }

    // Each check's sentence, never an exception's details: the endpoints need no authentication.
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
