using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobGraph.Server.Health;

/// <summary>Ready when the database answers and every migration of this build is applied.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<JobGraphDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("The database answers and is migrated.")
                : HealthCheckResult.Unhealthy($"{pending} migration(s) are not applied to the database.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The probe is unauthenticated: the sentence goes out, the exception (paths, SQL) only to the health log.
            return HealthCheckResult.Unhealthy("The database failed to answer.", ex);
        }
    }
}
