using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Health;

/// <summary>Ready while the task worker, if this process runs one, keeps reporting into <see cref="WorkerHeartbeat"/>.</summary>
public sealed class WorkerHealthCheck(WorkerHeartbeat heartbeat, TimeProvider clock, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!heartbeat.IsStarted)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No task worker runs in this process."));
        }

        if (heartbeat.IsStopped)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The task worker has stopped."));
        }

        var silentFor = clock.GetUtcNow() - heartbeat.LastBeat!.Value;
        return Task.FromResult(silentFor > options.Value.WorkerSilentAfter
            ? HealthCheckResult.Unhealthy($"The task worker has not reported for {silentFor.TotalSeconds:0} s.")
            : HealthCheckResult.Healthy("The task worker runs."));
    }
}
