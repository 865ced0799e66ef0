namespace JobGraph.Server.Jobs;

public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddJobs(this IServiceCollection services)
        => services.AddScoped<ConnectionJobsByConnectionIdLoader>()
            .AddScoped<ConnectionJobByIdLoader>()
            .AddScoped<TasksByConnectionJobIdLoader>()
            .AddScoped<JobTaskFactsByConnectionJobIdLoader>()
            .AddScoped<JobSummaries>()
            .AddSingleton<JobTasksSelection>()
            .AddScoped<ConnectionJobCommands>();
}
