namespace JobGraph.Server.Http;

public static class PersistedOperationsServiceCollectionExtensions
{
    public static IServiceCollection AddPersistedOperations(this IServiceCollection services)
    {
        services.AddOptions<PersistedOperationsOptions>().BindConfiguration(PersistedOperationsOptions.Section)
            .Validate(o => o.CacheBytes > 0, "PersistedOperations:CacheBytes must be positive.")
            .Validate(o => !o.TrustedOnly || !string.IsNullOrWhiteSpace(o.ManifestPath),
                "PersistedOperations:TrustedOnly needs PersistedOperations:ManifestPath, the file of trusted documents.")
            .ValidateOnStart();
        services.AddSingleton<PersistedOperations>();
        return services;
    }
}
