using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    public static IServiceCollection AddJobGraphRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section)
            .Validate(o => o.PermitLimit > 0, "RateLimiting:PermitLimit must be positive.")
            .Validate(o => o.Window > TimeSpan.Zero, "RateLimiting:Window must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, settings) =>
        {
            var (permits, window) = (settings.Value.PermitLimit, settings.Value.Window);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => RateLimitRejection.WriteAsync(context, window, cancellationToken);
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(RateLimitPartitions.KeyOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    // Over the limit is refused at once: queued requests would still hold connections and memory.
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    /// <summary>Limits requests when <c>RateLimiting:Enabled</c>; place after authentication, which decides the partition.</summary>
    public static IApplicationBuilder UseJobGraphRateLimiting(this IApplicationBuilder app)
        => app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled ? app.UseRateLimiter() : app;
}
