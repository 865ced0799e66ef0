using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using JobGraph.Server.Processing;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// A server with its task worker on, fetching from a local <see cref="FileServer"/> (the only allowed private host
/// is 127.0.0.1). Limits are small so every failure shows quickly: 3 s timeout, 1 MiB files, 3 redirects, 3 attempts
/// 200 ms apart, a 2 s lease.
/// </summary>
public sealed class WorkerFixture : IAsyncLifetime
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxAttempts = 3;
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(3);

    private ServerFixture? _server;

    public FileServer Files { get; } = new();

    public ServerFixture Server => _server ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The worker settings, with the database and store of <paramref name="shared"/> when given (a second engine).</summary>
    public static Dictionary<string, string?> Settings(ServerFixture? shared = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Worker:Enabled"] = "true",
            ["Worker:Concurrency"] = "4",
            ["Worker:Lease"] = "00:00:02",
            ["Worker:PollInterval"] = "00:00:00.100",
            ["Worker:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Worker:RetryBackoff"] = "00:00:00.200",
            ["Fetch:Timeout"] = FetchTimeout.ToString(),
            ["Fetch:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Fetch:MaxRedirects"] = "3",
            ["Fetch:AllowedHosts:0"] = "127.0.0.1",
        };
        if (shared is not null)
        {
            settings["Database:ConnectionString"] = $"Data Source={shared.DatabasePath}";
            settings["Storage:Path"] = shared.StoragePath;
            settings["DemoData:Enabled"] = "false";
        }

        return settings;
    }

    public async Task InitializeAsync()
    {
        await Files.StartAsync();
        _server = new ServerFixture(Settings());
        await _server.InitializeAsync();
    }

    /// <summary>
    /// A new tenant's initiated job with one work: a queued fetch task per URL (never attempted yet) and the work's
    /// pending import task, as <c>initiateTaxPrepsImport</c> leaves them.
    /// </summary>
    public Task<JobSeed> SeedFetchJobAsync(params string?[] urls) => SeedFetchJobAsync(urls, arrange: null);

    /// <summary>As above; <paramref name="arrange"/> changes the rows (a task's lease, say) before they are written.</summary>
    public async Task<JobSeed> SeedFetchJobAsync(IEnumerable<string?> urls, Action<JobSeed>? arrange)
    {
        var seed = new JobSeed(await Server.CreateTenantAsync());
        var jobWork = seed.AddJobWork();
        foreach (var url in urls)
        {
            seed.AddArtifact(jobWork, TaskState.Queued).SourceUrl = url;
        }

        seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
        foreach (var task in seed.Tasks)
        {
            task.Attempts = 0;
        }

        arrange?.Invoke(seed);

        await Server.SeedAsync(seed.AddTo);
        return seed;
    }

    /// <summary>The id of this server's engine, as it writes it into the tasks it claims.</summary>
    public string EngineId => Server.Factory.Services.GetRequiredService<WorkerEngine>().Id;

    public async Task<JobTask> TaskAsync(string id) => (await TasksAsync([id])).Single();

    public async Task<IReadOnlyList<JobTask>> TasksAsync(IEnumerable<string> ids)
    {
        var factory = Server.Factory.Services.GetRequiredService<IDbContextFactory<JobGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var wanted = ids.ToList();
        return await db.Tasks.AsNoTracking().Where(t => wanted.Contains(t.Id)).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync();
    }

    /// <summary>Waits until the task reaches <paramref name="state"/> (10 s at most).</summary>
    public Task<JobTask> UntilAsync(string taskId, TaskState state)
        => Poll.UntilAsync(() => TaskAsync(taskId), t => t.Status == state, TimeSpan.FromSeconds(10), $"task {taskId} becoming {state}");

    /// <summary>Waits until the task is complete, failed or cancelled (10 s unless told).</summary>
    public Task<JobTask> UntilFinishedAsync(string taskId, TimeSpan? timeout = null) => Poll.UntilAsync(
        () => TaskAsync(taskId), t => StatusRules.IsTerminal(t.Status), timeout ?? TimeSpan.FromSeconds(10), $"task {taskId} finishing");

    /// <summary>The stored file of that hash, or null when the store has none.</summary>
    public byte[]? StoredFile(string? sha256)
    {
        var path = sha256 is null ? null : Path.Combine(Server.StoragePath, sha256[..2], sha256);
        return path is not null && File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        await Files.DisposeAsync();
    }
}
