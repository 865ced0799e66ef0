using Microsoft.Extensions.Options;

namespace JobGraph.Server.Processing;

public static class ProcessingServiceCollectionExtensions
{
    /// <summary>The task worker and the artifact fetcher; the worker runs unless <c>Worker:Enabled</c> is false.</summary>
    public static IServiceCollection AddProcessing(this IServiceCollection services)
    {
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section)
            .Validate(o => o.Lease > TimeSpan.Zero, "Worker:Lease must be positive.")
            .Validate(o => o.Concurrency > 0, "Worker:Concurrency must be at least 1.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Worker:PollInterval must be positive.")
            .Validate(o => o.MaxAttempts > 0, "Worker:MaxAttempts must be at least 1.")
            .Validate(o => o.RetryBackoff >= TimeSpan.Zero, "Worker:RetryBackoff must not be negative.")
            .ValidateOnStart();
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section)
            .Validate(o => o.Timeout > TimeSpan.Zero, "Fetch:Timeout must be positive.")
            .Validate(o => o.MaxBytes > 0, "Fetch:MaxBytes must be positive.")
            .Validate(o => o.MaxRedirects >= 0, "Fetch:MaxRedirects must not be negative.")
            .Validate(o => o.AllowedHosts.All(HostAllowList.IsValidEntry), "Fetch:AllowedHosts holds an entry that is no host name, IP address or CIDR range.")
            .ValidateOnStart();
        services.AddSingleton(sp => new HostAllowList(sp.GetRequiredService<IOptions<FetchOptions>>().Value.AllowedHosts));
        services.AddSingleton<GuardedConnector>();
        services.AddHttpClient(ArtifactFetcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => ArtifactFetcher.CreateHandler(
                sp.GetRequiredService<IOptions<FetchOptions>>().Value, sp.GetRequiredService<GuardedConnector>()))
            // The fetcher bounds the whole download itself; the client's own timeout would stop at the headers.
            .ConfigureHttpClient(client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("JobGraph-Fetcher/1.0");
            })
            // The default request log writes full URLs, and a partner URL may carry a token in its query.
            .RemoveAllLoggers();
        services.AddSingleton<WorkerEngine>();
        services.AddSingleton<TaskLeases>();
        services.AddSingleton<ArtifactFetcher>();
        services.AddSingleton<WorkImporter>();
        services.AddHostedService<TaskWorker>();
        return services;
    }
}
