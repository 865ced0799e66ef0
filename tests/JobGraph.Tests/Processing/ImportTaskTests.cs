using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Processing;

/// <summary>A work's import task runs once its fetches are finished, and sets the work imported or error.</summary>
[Collection(WorkerCollection.Name)]
public sealed class ImportTaskTests(WorkerFixture worker)
{
    [Fact]
    public async Task Work_whose_files_were_all_fetched_is_imported()
    {
        // Arrange
        var seed = await worker.SeedFetchJobAsync(
            worker.Files.Url($"/pdf/{TestIds.New("a")}"), worker.Files.Url($"/trickle/{TestIds.New("b")}?chunks=4&delayMs=100"));

        // Act
        var import = await worker.UntilFinishedAsync(seed.Tasks[^1].Id);

        // Assert
        var fetches = await worker.TasksAsync(seed.Tasks.SkipLast(1).Select(t => t.Id));
        Assert.Equal((TaskKind.ImportWork, TaskState.Complete, null, 1), (import.Kind, import.Status, import.ErrorCode, import.Attempts));
        Assert.All(fetches, f => Assert.True(f.CompletedAt <= import.StartedAt, "The import started before a fetch of its work finished."));
        Assert.Equal("""{"status":"imported","job":"completed","outcome":"SUCCESS"}""", await StatusesAsync(seed));
    }

    [Fact]
    public async Task Work_with_a_file_that_failed_is_not_imported_and_names_it()
    {
        // Arrange
        var seed = await worker.SeedFetchJobAsync(
            worker.Files.Url($"/pdf/{TestIds.New("good")}"), worker.Files.Url($"/status/404/{TestIds.New("gone")}"));

        // Act
        var import = await worker.UntilFinishedAsync(seed.Tasks[^1].Id);

        // Assert
        Assert.Equal((TaskState.Failed, "IMPORT_INCOMPLETE"), (import.Status, import.ErrorCode));
        Assert.Contains(seed.Artifacts[1].Name, import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(seed.Artifacts[0].Name + ",", import.Error, StringComparison.Ordinal);
        Assert.Equal("""{"status":"error","job":"failed","outcome":"PARTIAL_SUCCESS"}""", await StatusesAsync(seed));
    }

    [Fact]
    public async Task Work_without_files_in_the_job_is_imported()
    {
        // Arrange
        var seed = await worker.SeedFetchJobAsync();

        // Act
        var import = await worker.UntilFinishedAsync(seed.Tasks[0].Id);

        // Assert
        Assert.Equal((TaskKind.ImportWork, TaskState.Complete), (import.Kind, import.Status));
        Assert.Equal("""{"status":"imported","job":"completed","outcome":"SUCCESS"}""", await StatusesAsync(seed));
    }

    /// <summary>The work's status and its job's status and outcome, as the partner reads them.</summary>
    private async Task<string> StatusesAsync(JobSeed seed)
    {
        const string query = """
            query Statuses($connectionId: ID!) {
              me { workspaces { connections(filters: { ids: [$connectionId] }) {
                jobWorks { work { status } }
                connectionJobs { status outcome }
              } } }
            }
            """;
        var data = (await worker.Server.Client(seed.Tenant.Token).PostAsync(query, new { connectionId = seed.Job.ConnectionId })).AssertData();
        var connection = data["me"]!["workspaces"]![0]!["connections"]![0]!;
        var job = connection["connectionJobs"]![0]!;
        return $$"""{"status":"{{connection["jobWorks"]![0]!["work"]!["status"]}}","job":"{{job["status"]}}","outcome":"{{job["outcome"]}}"}""";
    }
}
