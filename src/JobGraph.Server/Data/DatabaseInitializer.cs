using JobGraph.Server.Auth;
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
    DemoTokenState demoToken,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    // Set once RefusalAsync found the database migrated: the run path asks before listening, so the start need not ask again.
    private bool _migrationsChecked;

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
        else if (!_migrationsChecked && await RefusalAsync(cancellationToken) is { } refusal)
        {
            throw new StartupRefusedException(refusal);
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
            await KeepDemoTokenAsync(db, cancellationToken);
        }

        // A database seeded without demo data, or whose demo token was revoked, has no working demo token to print.
        var hash = TokenHasher.Hash(demo.Value.Token);
        demoToken.Works = demo.Value.Enabled && await db.ApiTokens.AnyAsync(
            t => t.Id == DemoData.TokenId && t.TokenHash == hash && t.RevokedAt == null && t.ExpiresAt == null, cancellationToken);
    }

    // The banner prints DemoData:Token; when it changed after seeding, the stored hash follows so the printed token works.
    private async Task KeepDemoTokenAsync(JobGraphDbContext db, CancellationToken cancellationToken)
    {
        var hash = TokenHasher.Hash(demo.Value.Token);
        var updated = await db.ApiTokens
            .Where(t => t.Id == DemoData.TokenId && t.TokenHash != hash)
            .ExecuteUpdateAsync(token => token.SetProperty(t => t.TokenHash, hash), cancellationToken);
        if (updated == 0)
        {
            return;
        }

        logger.LogInformation("The demo token now is DemoData:Token; the one it replaces no longer works");
    }

    /// <summary>Why the server must not start on this database, in one sentence for the operator; null when it may.</summary>
    public async Task<string?> RefusalAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStart)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return "The database is not migrated and Database:MigrateOnStart is false: migrate it with "
                + "`dotnet ef database update --project src/JobGraph.Server`, or start once with Database:MigrateOnStart=true.";
        }

        _migrationsChecked = true;
        return null;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
