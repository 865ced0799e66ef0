using JobGraph.Server.Data;
using JobGraph.Server.Storage;

namespace JobGraph.Server.Cli;

/// <summary>
/// The server's configuration and database without the web server: the same appsettings, environment variables and
/// configuration keys as the server, and the database migrated (and seeded with demo data) as the server would at start.
/// </summary>
public static class VerbHost
{
    public static async Task<WebApplication> StartAsync(string[] args, CancellationToken cancellationToken)
    {
        // The server's own folder as content root, like the server: the verb finds the same settings and database.
        var builder = WebApplication.CreateBuilder(AppFolder.Options(args));
        // Standard output carries only the verb's answer (a new token), so scripts can capture it; logs go to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddJobGraphData();
        builder.Services.AddDemoData();
        // Seeding the demo data stores the demo's files too.
        builder.Services.AddBlobStorage();
        var host = builder.Build();
        // Built, never started: Kestrel does not listen. The initializer is the one the server runs at start.
        await ActivatorUtilities.CreateInstance<DatabaseInitializer>(host.Services).StartAsync(cancellationToken);
        return host;
    }
}
