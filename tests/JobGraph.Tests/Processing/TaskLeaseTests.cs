using JobGraph.Server.Jobs;
using JobGraph.Server.Processing;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Processing;

/// <summary>Claims and leases: an expired lease frees a task, a held one never does, and two engines never share a task.</summary>
[Collection(WorkerCollection.Name)]
public sealed class TaskLeaseTests(WorkerFixture worker)
{
    [Fact]
    public async Task Running_task_whose_lease_expired_is_claimed_again_and_completed()
    {
        // Arrange: an engine claimed the task a minute ago and died.
        var key = TestIds.New("orphan");
        var seed = await worker.SeedFetchJobAsync([worker.Files.Url($"/pdf/{key}")], s => Lease(s.Tasks[0], "engine-that-crashed", TimeSpan.FromMinutes(-1)));

        // Act
        var task = await worker.UntilFinishedAsync(seed.Tasks[0].Id);

        // Assert
        Assert.Equal((TaskState.Complete, 2, worker.EngineId), (task.Status, task.Attempts, task.EngineId));
        Assert.Equal(FileServer.Sha256(FileServer.Pdf(key)), task.FileSha256);
        Assert.Null(task.LeaseExpiresAt);
    }

    [Fact]
    public async Task Task_under_a_live_lease_or_in_its_backoff_is_left_alone()
    {
        // Arrange: the first three are older than the last, so a claim would have reached them first.
        var urls = Enumerable.Range(0, 4).Select(i => worker.Files.Url($"/pdf/{TestIds.New("held")}")).ToList();
        var seed = await worker.SeedFetchJobAsync(urls, s =>
        {
            Lease(s.Tasks[0], "engine-alive", TimeSpan.FromHours(1));
            s.Tasks[1].EngineId = "engine-alive";
            s.Tasks[1].LeaseExpiresAt = DateTime.UtcNow.AddHours(1);
            s.Tasks[2].RunAfter = DateTime.UtcNow.AddHours(1);
        });
        var before = await worker.TasksAsync(seed.Tasks.Take(3).Select(t => t.Id));

        // Act
        await worker.UntilAsync(seed.Tasks[3].Id, TaskState.Complete);

        // Assert
        var after = await worker.TasksAsync(seed.Tasks.Take(3).Select(t => t.Id));
        Assert.Equal(before.Select(Snapshot), after.Select(Snapshot));
        Assert.Equal([TaskState.Running, TaskState.Queued, TaskState.Queued], after.Select(t => t.Status));
        Assert.All(urls.Take(3), url => Assert.Equal(0, worker.Files.Stats(new Uri(url).AbsolutePath).Count));
    }

    [Fact]
    public async Task Two_engines_on_one_database_never_run_a_task_twice()
    {
        // Arrange: a second server on the same database and store; every download takes a while, so both engines get work.
        await using var second = new ServerFixture(WorkerFixture.Settings(worker.Server));
        await second.InitializeAsync();
        var secondEngine = second.Factory.Services.GetRequiredService<WorkerEngine>().Id;
        var keys = Enumerable.Range(0, 16).Select(_ => TestIds.New("race")).ToList();

        // Act
        var seed = await worker.SeedFetchJobAsync(keys.Select(k => worker.Files.Url($"/trickle/{k}?chunks=4&delayMs=60")), arrange: null);
        var fetchIds = seed.Tasks.Where(t => t.Kind == TaskKind.FetchArtifact).Select(t => t.Id).ToList();
        var tasks = await Poll.UntilAsync(
            () => worker.TasksAsync(fetchIds), ts => ts.All(t => t.Status == TaskState.Complete), TimeSpan.FromSeconds(30), "every fetch completing");

        // Assert
        Assert.All(tasks, t => Assert.Equal(1, t.Attempts));
        Assert.All(keys, k => Assert.Equal(1, worker.Files.Stats($"/trickle/{k}").Count));
        Assert.Equal(
            keys.Select(k => FileServer.Sha256(FileServer.Pdf(k))).Order(StringComparer.Ordinal),
            tasks.Select(t => t.FileSha256!).Order(StringComparer.Ordinal));
        Assert.Equal(
            new[] { worker.EngineId, secondEngine }.Order(StringComparer.Ordinal),
            tasks.Select(t => t.EngineId!).Distinct().Order(StringComparer.Ordinal));
    }

    private static void Lease(JobTask task, string engineId, TimeSpan expiresIn)
    {
        task.Status = TaskState.Running;
        task.EngineId = engineId;
        task.Attempts = 1;
        task.StartedAt = DateTime.UtcNow.AddMinutes(-2);
        task.LeaseExpiresAt = DateTime.UtcNow + expiresIn;
    }

    private static string Snapshot(JobTask t) => $"{t.Id} {t.Status} {t.Attempts} {t.EngineId} {t.LeaseExpiresAt:O} {t.RunAfter:O} {t.UpdatedAt:O}";
}
