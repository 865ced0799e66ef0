namespace JobGraph.Server.Artifacts;

public static class ArtifactsServiceCollectionExtensions
{
    public static IServiceCollection AddArtifacts(this IServiceCollection services)
        => services.AddScoped<JobArtifactsByJobWorkIdLoader>()
            .AddScoped<WorkArtifactByIdLoader>()
            .AddScoped<TasksByWorkArtifactIdLoader>()
            .AddScoped<JobArtifactCommands>()
            .AddSingleton<ArtifactSelection>();
}
