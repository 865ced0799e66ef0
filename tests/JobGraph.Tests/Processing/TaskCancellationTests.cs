using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Processing;

/// <summary>Cancelling a job (cancelConnectionJob) while its file downloads: the worker notices at its next lease renewal and stops.</summary>
[Collection(WorkerCollection.Name)]
public sealed class TaskCancellationTests(WorkerFixture worker)
{
    [Fact]
    public async Task Cancelling_a_job_stops_its_running_download_and_writes_no_result()
    {
        // Arrange: a download far slower than the fetch timeout, so only the cancellation can end it early. The cancel
        // path runs once beforehand, so its first-call start-up cannot outlast the 3 s fetch timeout on a busy machine.
        var (warmUp, warmUpJob) = await worker.Server.NewJobAsync();
        (await warmUp.CancelAsync(warmUpJob)).AssertData();
        var key = TestIds.New("slow");
        var path = $"/trickle/{key}";
        var seed = await worker.SeedFetchJobAsync(worker.Files.Url($"{path}?chunks=400&delayMs=50"));
        var fetchId = seed.Tasks[0].Id;
        await Poll.UntilAsync(() => worker.Files.Stats(path).Count, c => c == 1, TimeSpan.FromSeconds(10), "the download starting");

        // Act
        var cancelled = await new PartnerApi(worker.Server.Client(seed.Tenant.Token), seed.Tenant).CancelAsync(seed.Job.Id);
        await Poll.UntilAsync(() => worker.Files.Stats(path).AbortedCount, c => c == 1, WorkerFixture.FetchTimeout, "the worker dropping the download");

        // Assert
        await Poll.UntilAsync(
            () => worker.Server.Logs.Entries.Any(e => e.Message.Contains(fetchId, StringComparison.Ordinal) && e.Message.Contains("lease was lost", StringComparison.Ordinal)),
            logged => logged, TimeSpan.FromSeconds(5), "the worker logging that it stopped");
        Assert.Equal(("cancelled", "FAILURE"), ((string)cancelled.AssertData()["cancelConnectionJob"]!["status"]!, (string)cancelled.AssertData()["cancelConnectionJob"]!["outcome"]!));
        var task = await worker.TaskAsync(fetchId);
        Assert.Equal((TaskState.Cancelled, null, 1, null), (task.Status, task.ErrorCode, task.Attempts, task.FileSha256));
        Assert.Equal(0, worker.Files.Stats(path).ServedCount);
        Assert.Null(worker.StoredFile(FileServer.Sha256(FileServer.Pdf(key))));
        Assert.Equal(TaskState.Cancelled, (await worker.TaskAsync(seed.Tasks[1].Id)).Status);
    }
}
