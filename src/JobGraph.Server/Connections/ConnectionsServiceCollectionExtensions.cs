namespace JobGraph.Server.Connections;

public static class ConnectionsServiceCollectionExtensions
{
    public static IServiceCollection AddProviderConnections(this IServiceCollection services)
        => services.AddScoped<ConnectionsByWorkspaceIdLoader>().AddScoped<ProviderByKeyLoader>();
}
