using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Processing;

/// <summary>The real server killed with SIGKILL mid-download and started again on the same database and store.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jobgraph-crash-").FullName;

    private string DatabasePath => Path.Combine(_folder, "jobgraph.db");

    private string StoragePath => Path.Combine(_folder, "files");

    [Fact]
    public async Task Server_killed_mid_download_completes_every_artifact_exactly_once_after_a_restart()
    {
        // Arrange: four slow downloads (about 3 s each, the lease is 2 s), two of them the same file.
        var keys = new[] { TestIds.New("crash-a"), TestIds.New("crash-b"), TestIds.New("crash-c") };
        var paths = new[] { keys[0], keys[1], keys[2], keys[2] }.Select(k => $"/trickle/{k}").ToList();
        await using var files = new FileServer();
        await files.StartAsync();
        using (var first = await ServerProcess.StartAsync(_folder, Settings()))
        {
            var seed = new JobSeed(Tenant.New());
            var jobWork = seed.AddJobWork();
            foreach (var path in paths)
            {
                seed.AddArtifact(jobWork, TaskState.Queued).SourceUrl = files.Url($"{path}?chunks=30&delayMs=100");
            }

            seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
            seed.Tasks.ForEach(t => t.Attempts = 0);
            await using (var db = OpenDatabase())
            {
                seed.Tenant.AddTo(db);
                seed.AddTo(db);
                await db.SaveChangesAsync();
            }

            await Poll.UntilAsync(() => keys.Sum(k => files.Stats($"/trickle/{k}").Count), n => n == 4, TimeSpan.FromSeconds(20), "all four downloads starting");

            // Act
            await first.KillAsync();
            var killed = await TasksAsync(seed.Job.Id);
            Assert.All(killed.Where(t => t.Kind == TaskKind.FetchArtifact), t => Assert.Equal((TaskState.Running, 1), (t.Status, t.Attempts)));
            Assert.Equal(0, keys.Sum(k => files.Stats($"/trickle/{k}").ServedCount));

            using var second = await ServerProcess.StartAsync(_folder, Settings());
            var tasks = await Poll.UntilAsync(
                () => TasksAsync(seed.Job.Id), ts => ts.All(t => StatusRules.IsTerminal(t.Status)), TimeSpan.FromSeconds(40), "every task finishing after the restart");

            // Assert
            var fetches = tasks.Where(t => t.Kind == TaskKind.FetchArtifact).ToList();
            Assert.Equal(4, fetches.Count);
            Assert.All(fetches, t => Assert.Equal((TaskState.Complete, 2, null), (t.Status, t.Attempts, t.ErrorCode)));
            Assert.Single(fetches.Select(t => t.EngineId).Distinct());
            Assert.DoesNotContain(killed[0].EngineId, fetches.Select(t => t.EngineId));
            Assert.Equal(paths.Select(p => FileServer.Sha256(FileServer.Pdf(p["/trickle/".Length..]))), fetches.Select(t => t.FileSha256));
            Assert.Equal((TaskState.Complete, 1), (tasks[^1].Status, tasks[^1].Attempts));
            Assert.Equal([2, 2, 4], keys.Select(k => files.Stats($"/trickle/{k}").Count));
            await Poll.UntilAsync(
                () => string.Join(',', keys.Select(k => files.Stats($"/trickle/{k}").ServedCount)), s => s == "1,1,2",
                TimeSpan.FromSeconds(5), "each download served to the end once per artifact");
            var blobs = Directory.EnumerateFiles(StoragePath, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "tmp")
                .Select(Path.GetFileName).Order(StringComparer.Ordinal);
            // Besides the fetched files, the store holds the demo data's W-2 file, stored once at seeding.
            var demoBlob = (await DemoFileHashAsync())!;
            Assert.Equal(
                keys.Select(k => FileServer.Sha256(FileServer.Pdf(k))).Append(demoBlob).Order(StringComparer.Ordinal), blobs);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Database:ConnectionString"] = $"Data Source={DatabasePath}",
        ["Storage:Path"] = StoragePath,
        // The demo data brings the providers the tenant's connection refers to.
        ["DemoData:Enabled"] = "true",
        ["Fetch:AllowedHosts:0"] = "127.0.0.1",
        ["Worker:Lease"] = "00:00:02",
        ["Worker:PollInterval"] = "00:00:00.200",
    };

    private JobGraphDbContext OpenDatabase()
        => new(new DbContextOptionsBuilder<JobGraphDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);

    private async Task<string?> DemoFileHashAsync()
    {
        await using var db = OpenDatabase();
        return await db.Tasks.AsNoTracking().Where(t => t.Id == "task_001").Select(t => t.FileSha256).SingleAsync();
    }

    private async Task<List<JobTask>> TasksAsync(string jobId)
    {
        await using var db = OpenDatabase();
        return await db.Tasks.AsNoTracking().Where(t => t.ConnectionJobId == jobId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync();
    }
}
