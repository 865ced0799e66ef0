using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddJobGraphData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Database:ConnectionString is required.")
            .ValidateOnStart();
        services.AddSingleton<SqlCommandCounter>();
        services.AddSingleton<SqlCommandTracing>();
        services.AddSingleton<Sql.SqlReads>();
        services.AddPooledDbContextFactory<JobGraphDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
            var contentRoot = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            options.UseSqlite(SqliteFiles.Resolve(database.ConnectionString, contentRoot), sqlite =>
                    // Key lists go as one array parameter: any batch size, one cached query plan.
                    sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(sp.GetRequiredService<SqlCommandCounter>(), sp.GetRequiredService<SqlCommandTracing>());
        });
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }

    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section)
            .Validate(o => !o.Enabled || o.Token.Length >= 16, "DemoData:Token must be at least 16 characters.")
            .ValidateOnStart();
        services.AddSingleton<DemoTokenState>();
        return services;
    }
}
