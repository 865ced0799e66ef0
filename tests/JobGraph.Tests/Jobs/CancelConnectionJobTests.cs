using JobGraph.Server;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Jobs;

[Collection(ServerCollection.Name)]
public sealed class CancelConnectionJobTests(ServerFixture server)
{
    [Fact]
    public async Task Cancelling_an_active_job_cancels_every_task_that_has_not_ended()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddArtifact(jobWork, TaskState.Failed);
        var running = seed.AddArtifact(jobWork, TaskState.Running);
        seed.AddArtifact(jobWork, TaskState.Queued);
        seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
        var runningTask = seed.Tasks.Single(t => t.WorkArtifactId == running.Id);
        runningTask.EngineId = "engine-1";
        runningTask.LeaseExpiresAt = DateTime.UtcNow.AddMinutes(5);
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);

        // Act
        var response = await api.CancelAsync(seed.Job.Id);

        // Assert
        var job = response.AssertData()["cancelConnectionJob"]!;
        Assert.Equal("cancelled", (string)job["status"]!);
        Assert.Equal("PARTIAL_SUCCESS", (string)job["outcome"]!);
        Assert.Equal("""{"completedSteps":5,"totalSteps":5,"currentStep":null}""", job["progress"]!.ToJsonString());
        Assert.Equal(
            ["cancelled", "cancelled", "cancelled", "complete", "failed"],
            job["tasks"]!.AsArray().Select(t => (string)t!["status"]!).Order(StringComparer.Ordinal));
        Assert.Equal(job.ToJsonString(), (await api.JobAsync(seed.Job.Id)).ToJsonString());
        var stopped = await server.ReadAsync(db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == runningTask.Id));
        Assert.Null(stopped.LeaseExpiresAt);
        Assert.NotNull(stopped.CompletedAt);
    }

    [Fact]
    public async Task Cancelling_a_job_before_its_import_leaves_it_cancelled_with_no_success()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        var jobId = await api.NewJobAsync();
        await api.NewJobWorksAsync(jobId, "client-1");

        // Act
        var job = (await api.CancelAsync(jobId)).AssertData()["cancelConnectionJob"]!;

        // Assert
        Assert.Equal("cancelled", (string)job["status"]!);
        Assert.Equal("FAILURE", (string)job["outcome"]!);
    }

    [Theory]
    [InlineData(TaskState.Complete, null)]
    [InlineData(TaskState.Failed, null)]
    [InlineData(TaskState.Running, "cancelled")]
    public async Task Cancelling_a_finished_job_conflicts_and_changes_nothing(TaskState task, string? finishedBy)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        seed.Job.CancelledAt = finishedBy is null ? null : Tenant.Epoch.AddHours(1);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, task);
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        var before = (await api.JobAsync(seed.Job.Id)).ToJsonString();

        // Act
        var response = await api.CancelAsync(seed.Job.Id);

        // Assert
        Assert.Equal([ErrorCodes.Conflict], response.ErrorCodes);
        Assert.Equal(before, (await api.JobAsync(seed.Job.Id)).ToJsonString());
    }

    [Fact]
    public async Task Another_tenants_job_gets_the_same_not_found_answer_as_an_unknown_one()
    {
        // Arrange
        var owner = await server.CreateTenantAsync();
        var ownerApi = new PartnerApi(server.Client(owner.Token), owner);
        var ownerJob = await ownerApi.NewJobAsync();
        var caller = await server.CreateTenantAsync();
        var callerApi = new PartnerApi(server.Client(caller.Token), caller);
        var unknownId = TestIds.New("job");

        // Act
        var foreign = await callerApi.CancelAsync(ownerJob);
        var unknown = await callerApi.CancelAsync(unknownId);

        // Assert
        NotFoundAnswer.AssertSame(foreign, ownerJob, unknown, unknownId);
        Assert.Equal("pending", (string)(await ownerApi.JobAsync(ownerJob))["status"]!);
    }
}
