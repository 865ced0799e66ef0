namespace JobGraph.Server.Workspaces;

public static class WorkspacesServiceCollectionExtensions
{
    public static IServiceCollection AddWorkspaces(this IServiceCollection services)
        => services.AddScoped<WorkspacesByUserIdLoader>();
}
