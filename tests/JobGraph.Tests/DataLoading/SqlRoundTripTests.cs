using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;
using Xunit.Abstractions;

namespace JobGraph.Tests.DataLoading;

/// <summary>DataLoaders batch every lookup: a query costs one SQL command per level of the graph, whatever the row count.</summary>
[Collection(ServerCollection.Name)]
public sealed class SqlRoundTripTests(ServerFixture server, ITestOutputHelper output)
{
    private const int MaxCommands = 7;

    // The documented GetJobWorkArtifactStatus, polled for a whole job, with the additive link fields.
    private const string PollingQuery = """
        query GetJobWorkArtifactStatus($workspaceId: ID!, $connectionId: ID!, $jobWorkFilters: JobWorkFilters) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              id
              connections(filters: { ids: [$connectionId] }) {
                id
                jobWorks(filters: $jobWorkFilters) {
                  id
                  work { id name externalId }
                  jobWorkArtifacts {
                    id createdAt updatedAt artifactId connectionJobId jobWorkId
                    workArtifact { id externalId name type status uploadedUrl downloadUrl expiresAt metadata }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Monitoring_500_job_works_costs_as_many_sql_commands_as_monitoring_one()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var small = new JobSeed(tenant);
        small.AddArtifact(small.AddJobWork(), TaskState.Complete);
        var large = new JobSeed(tenant);
        for (var i = 0; i < 500; i++)
        {
            var jobWork = large.AddJobWork();
            for (var j = 0; j < 5; j++)
            {
                large.AddArtifact(jobWork, j == 0 ? TaskState.Failed : TaskState.Complete);
            }
        }

        await server.SeedAsync(small.AddTo);
        await server.SeedAsync(large.AddTo);

        // Act
        var (smallResult, smallCommands) = await MonitorAsync(tenant, small.Job.Id);
        var (largeResult, largeCommands) = await MonitorAsync(tenant, large.Job.Id);

        // Assert
        output.WriteLine($"SQL commands: 1 job work x 1 artifact = {smallCommands}; 500 job works x 5 artifacts = {largeCommands}");
        Assert.Single(smallResult);
        Assert.Equal(500, largeResult.Count);
        Assert.All(largeResult, jobWork => Assert.Equal(
            ["failed", "completed", "completed", "completed", "completed"],
            jobWork!["jobWorkArtifacts"]!.AsArray().Select(a => (string?)a!["workArtifact"]!["status"])));
        Assert.Equal(smallCommands, largeCommands);
        Assert.InRange(largeCommands, 1, MaxCommands);
    }

    [Fact]
    public async Task Monitoring_more_job_works_than_one_batch_holds_answers_each_with_its_own_artifact()
    {
        // Arrange: 600 job works are two batches for the artifacts loader (BatchLoader.MaxBatchSize).
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        for (var i = 0; i < BatchLoader<int, int>.MaxBatchSize + 88; i++)
        {
            seed.AddArtifact(seed.AddJobWork(), i % 2 == 0 ? TaskState.Complete : TaskState.Failed);
        }

        await server.SeedAsync(seed.AddTo);

        // Act
        var (jobWorks, commands) = await MonitorAsync(tenant, seed.Job.Id);

        // Assert
        Assert.Equal(seed.JobWorks.Select(jw => jw.Id), jobWorks.Select(jw => (string?)jw!["id"]));
        Assert.Equal(
            seed.JobArtifacts.Select(ja => ja.Id),
            jobWorks.Select(jw => (string?)jw!["jobWorkArtifacts"]!.AsArray().Single()!["id"]));
        Assert.Equal(
            seed.JobWorks.Select((_, i) => i % 2 == 0 ? "completed" : "failed"),
            jobWorks.Select(jw => (string?)jw!["jobWorkArtifacts"]![0]!["workArtifact"]!["status"]));
        output.WriteLine($"SQL commands: {seed.JobWorks.Count} job works x 1 artifact = {commands}");
        Assert.InRange(commands, 1, MaxCommands);
    }

    [Fact]
    public async Task Polling_500_job_works_with_signed_links_costs_as_many_sql_commands_as_polling_one()
    {
        // Arrange: every completed artifact has a stored file, so each one mints its links.
        var tenant = await server.CreateTenantAsync();
        var file = await server.StoreFileAsync([1, 2, 3, 4]);
        var small = new JobSeed(tenant);
        small.AddArtifact(small.AddJobWork(), TaskState.Complete, file: file);
        var large = new JobSeed(tenant);
        for (var i = 0; i < 500; i++)
        {
            var jobWork = large.AddJobWork();
            large.AddArtifact(jobWork, TaskState.Failed);
            large.AddArtifact(jobWork, TaskState.Complete, file: file);
        }

        await server.SeedAsync(small.AddTo);
        await server.SeedAsync(large.AddTo);

        // Act
        var (smallResult, smallCommands) = await PollAsync(tenant, small.Job.Id);
        var (largeResult, largeCommands) = await PollAsync(tenant, large.Job.Id);

        // Assert
        output.WriteLine($"SQL commands: 1 job work = {smallCommands}; 500 job works x 2 artifacts = {largeCommands}");
        Assert.Single(smallResult);
        Assert.Equal(500, largeResult.Count);
        var artifacts = largeResult.SelectMany(jw => jw!["jobWorkArtifacts"]!.AsArray().Select(ja => ja!["workArtifact"]!)).ToList();
        Assert.Equal(1000, artifacts.Count);
        Assert.All(artifacts.Where(a => (string?)a["status"] == "completed"), a =>
        {
            Assert.StartsWith("http://localhost/files/", (string?)a["uploadedUrl"], StringComparison.Ordinal);
            Assert.Equal((string?)a["uploadedUrl"], (string?)a["downloadUrl"]);
            Assert.Equal(file.Sha256, (string?)a["metadata"]!["sha256"]);
        });
        Assert.All(artifacts.Where(a => (string?)a["status"] == "failed"), a => Assert.Null(a["uploadedUrl"]));
        Assert.Equal(500, artifacts.Count(a => (string?)a["status"] == "completed"));
        Assert.Equal(smallCommands, largeCommands);
        Assert.InRange(largeCommands, 1, MaxCommands);
    }

    private Task<(System.Text.Json.Nodes.JsonArray JobWorks, int SqlCommands)> PollAsync(Tenant tenant, string jobId)
        => RunAsync(tenant, PollingQuery, new
        {
            workspaceId = tenant.WorkspaceId,
            connectionId = tenant.ConnectionId,
            jobWorkFilters = new { connectionJobIds = new[] { jobId } },
        });

    private Task<(System.Text.Json.Nodes.JsonArray JobWorks, int SqlCommands)> MonitorAsync(Tenant tenant, string jobId)
        => RunAsync(tenant, Operations.Read("MonitorConnectionJobArtifacts.graphql"), new
        {
            workspaceId = tenant.WorkspaceId,
            connectionId = tenant.ConnectionId,
            connectionJobId = jobId,
        });

    private async Task<(System.Text.Json.Nodes.JsonArray JobWorks, int SqlCommands)> RunAsync(Tenant tenant, string query, object variables)
    {
        var sourcePlatform = TestIds.New("sql-count");
        var response = await server.Client(tenant.Token).PostAsync(query, variables, sourcePlatform: sourcePlatform);
        var data = response.AssertData();
        var log = await RequestLog.ForAsync(server, sourcePlatform);
        return (MeTree.FirstConnection(data)["jobWorks"]!.AsArray(), Convert.ToInt32(log.Values["SqlCommands"]));
    }
}
