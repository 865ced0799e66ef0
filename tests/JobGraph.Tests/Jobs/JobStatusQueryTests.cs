using System.Text.Json.Nodes;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>A connection job in every state of the decision table, read through the documented query path.</summary>
[Collection(ServerCollection.Name)]
public sealed class JobStatusQueryTests(ServerFixture server)
{
    private const string Query = """
        query JobStatus($ws: ID!, $c: ID!, $job: ID!) {
          me {
            workspaces(filters: { ids: [$ws] }) {
              connections(filters: { ids: [$c] }) {
                connectionJobs(filters: { ids: [$job] }) {
                  id
                  status
                  outcome
                  progress { completedSteps totalSteps currentStep }
                  tasks { id kind status name attempts error }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Job_whose_import_was_not_initiated_is_pending()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant, importInitiated: false);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Pending);
        seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "pending", null, 0, 2, null);
    }

    [Fact]
    public async Task Job_with_a_running_task_is_active_and_names_the_oldest_running_step()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        var startedLater = seed.AddArtifact(jobWork, TaskState.Running);
        var startedFirst = seed.AddArtifact(jobWork, TaskState.Running);
        seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
        // Created second but started after the third: the current step follows the start time.
        var laterTask = seed.Tasks.Single(t => t.WorkArtifactId == startedLater.Id);
        var firstTask = seed.Tasks.Single(t => t.WorkArtifactId == startedFirst.Id);
        laterTask.StartedAt = firstTask.StartedAt!.Value.AddMinutes(1);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "active", null, 1, 4, firstTask.Name);
    }

    [Fact]
    public async Task Job_whose_tasks_all_completed_is_completed_with_success()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddTask(TaskKind.ImportWork, TaskState.Complete, jobWork);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "completed", "SUCCESS", 3, 3, null);
    }

    [Fact]
    public async Task Job_with_a_failed_task_and_none_running_is_failed_with_partial_success()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        var artifact = seed.AddArtifact(jobWork);
        var failed = seed.AddTask(TaskKind.FetchArtifact, TaskState.Failed, jobWork, artifact, error: "HTTP 404 from the partner");
        failed.Attempts = 3;
        seed.AddTask(TaskKind.ImportWork, TaskState.Complete, jobWork);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "failed", "PARTIAL_SUCCESS", 3, 3, null);
        JsonArray expectedTasks =
        [
            ExpectedTask(seed.Tasks[0], "fetch_artifact", "complete", 1, null),
            ExpectedTask(failed, "fetch_artifact", "failed", 3, "HTTP 404 from the partner"),
            ExpectedTask(seed.Tasks[2], "import_work", "complete", 1, null),
        ];
        Assert.Equal(expectedTasks.ToJsonString(), job["tasks"]!.ToJsonString());
    }

    [Fact]
    public async Task Job_whose_tasks_all_failed_is_failed_with_failure()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Failed);
        seed.AddTask(TaskKind.ImportWork, TaskState.Failed, jobWork);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "failed", "FAILURE", 2, 2, null);
    }

    [Fact]
    public async Task Job_cancelled_by_the_caller_is_cancelled_with_partial_success()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddArtifact(jobWork, TaskState.Cancelled);
        seed.AddTask(TaskKind.ImportWork, TaskState.Cancelled, jobWork);
        seed.Job.CancelledAt = Tenant.Epoch.AddMinutes(10);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "cancelled", "PARTIAL_SUCCESS", 3, 3, null);
    }

    [Fact]
    public async Task Job_aborted_by_a_fatal_task_is_failed_though_tasks_are_left()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddArtifact(jobWork, TaskState.Failed);
        seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
        seed.Job.AbortedAt = Tenant.Epoch.AddMinutes(10);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "failed", "PARTIAL_SUCCESS", 2, 3, null);
    }

    [Fact]
    public async Task Job_whose_tasks_were_all_cancelled_is_cancelled_with_failure()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Cancelled);
        seed.AddTask(TaskKind.ImportWork, TaskState.Cancelled, jobWork);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "cancelled", "FAILURE", 2, 2, null);
    }

    [Fact]
    public async Task Initiated_job_without_tasks_is_completed_with_success()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        await server.SeedAsync(seed.AddTo);

        // Act
        var job = await QueryJobAsync(tenant, seed.Job.Id);

        // Assert
        AssertJob(job, "completed", "SUCCESS", 0, 0, null);
        Assert.Empty(job["tasks"]!.AsArray());
    }

    private async Task<JsonNode> QueryJobAsync(Tenant tenant, string jobId)
    {
        var response = await server.Client(tenant.Token).PostAsync(Query, new { ws = tenant.WorkspaceId, c = tenant.ConnectionId, job = jobId });
        var connection = MeTree.SingleConnection(response.AssertData());
        var job = Assert.Single(connection["connectionJobs"]!.AsArray())!;
        Assert.Equal(jobId, (string?)job["id"]);
        return job;
    }

    private static JsonObject ExpectedTask(JobTask task, string kind, string status, int attempts, string? error) => new()
    {
        ["id"] = task.Id,
        ["kind"] = kind,
        ["status"] = status,
        ["name"] = task.Name,
        ["attempts"] = attempts,
        ["error"] = error,
    };

    private static void AssertJob(JsonNode job, string status, string? outcome, int completedSteps, int totalSteps, string? currentStep)
    {
        Assert.Equal(status, (string?)job["status"]);
        Assert.Equal(outcome, (string?)job["outcome"]);
        var progress = job["progress"]!;
        Assert.Equal(completedSteps, (int)progress["completedSteps"]!);
        Assert.Equal(totalSteps, (int)progress["totalSteps"]!);
        Assert.Equal(currentStep, (string?)progress["currentStep"]);
    }
}
