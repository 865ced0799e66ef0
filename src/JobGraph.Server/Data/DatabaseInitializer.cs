using JobGraph.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Data;

/// <summary>Migrates the database and seeds demo data before the server accepts requests.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<JobGraphDbContext> dbFactory,
    IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demo,
    IBlobStore blobs,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // The worker writes while queries read: write-ahead logging lets readers go on during a write. The mode is
            // stored in the file, so setting it once at start covers every later connection. Writers that find the
            // file locked wait (Microsoft.Data.Sqlite retries a busy database until the command timeout).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (database.Value.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (demo.Value.Enabled && !await db.Users.AnyAsync(cancellationToken))
        {
            DemoData.AddTo(db, demo.Value.Token, clock.GetUtcNow().UtcDateTime);
            await DemoFiles.AddToAsync(db, blobs, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded demo data into the empty database");
        }
        else if (demo.Value.Enabled)
        {
            await DemoFiles.BackfillAsync(db, blobs, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
