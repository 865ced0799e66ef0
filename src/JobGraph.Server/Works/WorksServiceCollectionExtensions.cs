namespace JobGraph.Server.Works;

public static class WorksServiceCollectionExtensions
{
    public static IServiceCollection AddWorks(this IServiceCollection services)
        => services.AddScoped<JobWorksByConnectionIdLoader>()
            .AddScoped<WorkByIdLoader>()
            .AddScoped<TasksByWorkIdLoader>()
            .AddScoped<JobWorkCommands>()
            .AddSingleton<JobWorkSelection>();
}
