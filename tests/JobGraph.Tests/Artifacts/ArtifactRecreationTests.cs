using JobGraph.Server;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Artifacts;

/// <summary>Re-sending an artifact that failed or was cancelled, with a URL, fetches it again (DESIGN.md, workArtifact.status).</summary>
[Collection(ServerCollection.Name)]
public sealed class ArtifactRecreationTests(ServerFixture server)
{
    [Fact]
    public async Task Re_creating_a_failed_artifact_with_a_new_url_fetches_it_again()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        var artifact = seed.AddArtifact(jobWork, TaskState.Failed);
        seed.AddTask(TaskKind.ImportWork, TaskState.Failed, jobWork, error: "W-2 missing");
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        Assert.Equal("failed", (string)(await api.ArtifactsAsync(jobWork.Id))[0]!["status"]!);

        // Act
        var response = await api.CreateArtifactsAsync(jobWork.Id, new { name = artifact.Name, type = "w2", url = "https://files.example.test/fresh.pdf", externalId = artifact.ExternalId });

        // Assert
        Assert.Equal(seed.JobArtifacts[0].Id, (string)response.AssertData()["createJobWorkArtifacts"]![0]!["id"]!);
        Assert.Equal("pending", (string)(await api.ArtifactsAsync(jobWork.Id))[0]!["status"]!);
        var job = await api.JobAsync(seed.Job.Id);
        var tasks = job["tasks"]!.AsArray().Select(t => $"{t!["kind"]} {t["status"]} {t["artifactId"]} {t["jobWorkId"]}").ToList();
        Assert.Equal(
            [
                $"fetch_artifact failed {artifact.Id} {jobWork.Id}",
                $"import_work failed  {jobWork.Id}",
                $"fetch_artifact queued {artifact.Id} {jobWork.Id}",
                $"import_work pending  {jobWork.Id}",
            ],
            tasks);
        Assert.Equal($"Fetch {artifact.Name}", (string)job["tasks"]!.AsArray().Single(t => (string)t!["status"]! == "queued")!["name"]!);
        Assert.Equal("active", (string)job["status"]!);
        Assert.Equal("https://files.example.test/fresh.pdf", await server.ReadAsync(db => db.WorkArtifacts.Where(a => a.Id == artifact.Id).Select(a => a.SourceUrl).SingleAsync()));
    }

    [Theory]
    [InlineData(TaskState.Failed, null)]
    [InlineData(TaskState.Complete, "https://files.example.test/fresh.pdf")]
    [InlineData(TaskState.Running, "https://files.example.test/fresh.pdf")]
    public async Task Re_creating_an_artifact_that_is_not_to_be_fetched_again_changes_nothing(TaskState fetch, string? url)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        var artifact = seed.AddArtifact(jobWork, fetch);
        seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);

        // Act
        var response = await api.CreateArtifactsAsync(jobWork.Id, new { name = artifact.Name, type = "w2", url, externalId = artifact.ExternalId });

        // Assert
        Assert.Equal(seed.JobArtifacts[0].Id, (string)response.AssertData()["createJobWorkArtifacts"]![0]!["id"]!);
        Assert.Equal(2, (int)(await api.JobAsync(seed.Job.Id))["progress"]!["totalSteps"]!);
        Assert.Null(await server.ReadAsync(db => db.WorkArtifacts.Where(a => a.Id == artifact.Id).Select(a => a.SourceUrl).SingleAsync()));
    }

    [Fact]
    public async Task Re_creating_a_failed_artifact_of_a_cancelled_job_conflicts()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        seed.Job.CancelledAt = Tenant.Epoch.AddHours(1);
        var jobWork = seed.AddJobWork();
        var artifact = seed.AddArtifact(jobWork, TaskState.Cancelled);
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);

        // Act
        var response = await api.CreateArtifactsAsync(jobWork.Id, new { name = artifact.Name, type = "w2", url = "https://files.example.test/fresh.pdf", externalId = artifact.ExternalId });

        // Assert
        Assert.Equal([ErrorCodes.Conflict], response.ErrorCodes);
        Assert.Equal(1, (int)(await api.JobAsync(seed.Job.Id))["progress"]!["totalSteps"]!);
    }
}
