using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>A work's status, computed from its import and fetch tasks, read through its job work.</summary>
[Collection(ServerCollection.Name)]
public sealed class WorkStatusQueryTests(ServerFixture server)
{
    private const string Query = """
        query WorkStatus($ws: ID!, $c: ID!, $jw: ID!) {
          me {
            workspaces(filters: { ids: [$ws] }) {
              connections(filters: { ids: [$c] }) {
                jobWorks(filters: { ids: [$jw] }) { workId work { id status } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Work_without_an_import_task_is_pending()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        await server.SeedAsync(seed.AddTo);

        // Act
        var status = await QueryWorkStatusAsync(tenant, jobWork.Id, jobWork.WorkId);

        // Assert
        Assert.Equal("pending", status);
    }

    [Fact]
    public async Task Work_imported_while_a_fetch_still_runs_is_pending()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddArtifact(jobWork, TaskState.Running);
        seed.AddTask(TaskKind.ImportWork, TaskState.Complete, jobWork);
        await server.SeedAsync(seed.AddTo);

        // Act
        var status = await QueryWorkStatusAsync(tenant, jobWork.Id, jobWork.WorkId);

        // Assert
        Assert.Equal("pending", status);
    }

    [Fact]
    public async Task Work_imported_with_every_fetch_ended_is_imported()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddArtifact(jobWork, TaskState.Failed);
        seed.AddTask(TaskKind.ImportWork, TaskState.Complete, jobWork);
        await server.SeedAsync(seed.AddTo);

        // Act
        var status = await QueryWorkStatusAsync(tenant, jobWork.Id, jobWork.WorkId);

        // Assert
        Assert.Equal("imported", status);
    }

    [Fact]
    public async Task Work_whose_import_failed_is_error()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddTask(TaskKind.ImportWork, TaskState.Failed, jobWork, error: "The partner rejected the work.");
        await server.SeedAsync(seed.AddTo);

        // Act
        var status = await QueryWorkStatusAsync(tenant, jobWork.Id, jobWork.WorkId);

        // Assert
        Assert.Equal("error", status);
    }

    [Fact]
    public async Task Deleted_work_is_deleted_whatever_its_tasks_say()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        seed.AddTask(TaskKind.ImportWork, TaskState.Complete, jobWork);
        seed.Works.Single().DeletedAt = Tenant.Epoch.AddHours(1);
        await server.SeedAsync(seed.AddTo);

        // Act
        var status = await QueryWorkStatusAsync(tenant, jobWork.Id, jobWork.WorkId);

        // Assert
        Assert.Equal("deleted", status);
    }

    [Fact]
    public async Task Work_imported_by_a_later_job_after_a_failed_import_is_imported()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var first = new JobSeed(tenant);
        var firstJobWork = first.AddJobWork();
        first.AddArtifact(firstJobWork, TaskState.Complete);
        first.AddTask(TaskKind.ImportWork, TaskState.Failed, firstJobWork);
        var second = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(1));
        var secondJobWork = second.AddJobWork(first.Works.Single());
        second.AddTask(TaskKind.ImportWork, TaskState.Complete, secondJobWork);
        await server.SeedAsync(db =>
        {
            first.AddTo(db);
            second.AddTo(db);
        });

        // Act
        var throughFirstJob = await QueryWorkStatusAsync(tenant, firstJobWork.Id, firstJobWork.WorkId);
        var throughSecondJob = await QueryWorkStatusAsync(tenant, secondJobWork.Id, secondJobWork.WorkId);

        // Assert
        Assert.Equal("imported", throughFirstJob);
        Assert.Equal("imported", throughSecondJob);
    }

    private async Task<string?> QueryWorkStatusAsync(Tenant tenant, string jobWorkId, string workId)
    {
        var response = await server.Client(tenant.Token).PostAsync(Query, new { ws = tenant.WorkspaceId, c = tenant.ConnectionId, jw = jobWorkId });
        var connection = MeTree.SingleConnection(response.AssertData());
        var jobWork = Assert.Single(connection["jobWorks"]!.AsArray())!;
        Assert.Equal(workId, (string?)jobWork["work"]!["id"]);
        return (string?)jobWork["work"]!["status"];
    }
}
