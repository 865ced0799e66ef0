using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Processing;

/// <summary>The demo job's unfinished tasks are held by engine "demo", so a running worker never touches them.</summary>
[Collection(WorkerCollection.Name)]
public sealed class DemoDataWorkerTests(WorkerFixture worker)
{
    private static readonly string[] _demoTaskIds = ["task_001", "task_002", "task_003", "task_004", "task_005"];

    [Fact]
    public async Task Worker_leaves_the_demo_jobs_tasks_as_seeded()
    {
        // Arrange: the demo tasks are older than any other, so a claim would reach them first.
        var before = await worker.TasksAsync(_demoTaskIds);
        var seed = await worker.SeedFetchJobAsync(worker.Files.Url($"/pdf/{TestIds.New("after-demo")}"));

        // Act
        await worker.UntilAsync(seed.Tasks[^1].Id, TaskState.Complete);

        // Assert
        var after = await worker.TasksAsync(_demoTaskIds);
        Assert.Equal(before.Select(Snapshot), after.Select(Snapshot));
        Assert.Equal(
            [TaskState.Complete, TaskState.Running, TaskState.Failed, TaskState.Queued, TaskState.Failed],
            after.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => t.Status));
        Assert.All(after.Where(t => !StatusRules.IsTerminal(t.Status)), t =>
            Assert.Equal((DemoData.EngineId, DemoData.LeaseHeldUntil), (t.EngineId, t.LeaseExpiresAt)));
    }

    private static string Snapshot(JobTask t) => $"{t.Id} {t.Status} {t.Attempts} {t.EngineId} {t.LeaseExpiresAt:O} {t.UpdatedAt:O} {t.CompletedAt:O}";
}
