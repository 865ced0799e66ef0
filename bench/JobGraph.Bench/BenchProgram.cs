using System.Diagnostics;
using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Bench;

/// <summary>
/// <c>seed --db FILE --jobworks N [--artifacts-per-work K]</c> writes the peer's data shape through JobGraph's model;
/// <c>floor --db FILE --port P --signing-key BASE64 --public-base-url URL</c> serves the floor endpoint.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = Options(args.Skip(1));
        switch (args.FirstOrDefault())
        {
            case "seed":
                await SeedAsync(options["--db"], int.Parse(options["--jobworks"]), int.Parse(options.GetValueOrDefault("--artifacts-per-work", "5")));
                return 0;
            case "floor":
                await FloorAsync(options["--db"], options["--port"], options["--signing-key"], options["--public-base-url"]);
                return 0;
            default:
                await Console.Error.WriteLineAsync("usage: seed --db FILE --jobworks N [--artifacts-per-work K] | floor --db FILE --port P --signing-key B64 --public-base-url URL");
                return 2;
        }
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var list = args.ToList();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i += 2)
        {
            options[list[i]] = list[i + 1];
        }

        return options;
    }

    private static async Task SeedAsync(string path, int jobWorks, int artifactsPerWork)
    {
        var started = Stopwatch.GetTimestamp();
        File.Delete(path);
        var options = new DbContextOptionsBuilder<JobGraphDbContext>().UseSqlite($"Data Source={path}").Options;
        await using var db = new JobGraphDbContext(options);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.MigrateAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await new PeerShapeSeed(db, jobWorks, artifactsPerWork).WriteAsync(CancellationToken.None);
        Console.WriteLine($"seeded {path}: {jobWorks} job works x {artifactsPerWork} artifacts in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
    }

    private static async Task FloorAsync(string path, string port, string signingKey, string publicBaseUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var floor = new Floor($"Data Source={path};Mode=ReadOnly", Convert.FromBase64String(signingKey), publicBaseUrl.TrimEnd('/'));
        app.MapPost("/graphql", floor.HandleAsync);
        await app.RunAsync();
    }
}
