using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;
using Xunit.Abstractions;

namespace JobGraph.Tests.DataLoading;

/// <summary>DataLoaders batch every lookup: a query costs one SQL command per level of the graph, whatever the row count.</summary>
[Collection(ServerCollection.Name)]
public sealed class SqlRoundTripTests(ServerFixture server, ITestOutputHelper output)
{
    private const int MaxCommands = 7;

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

    private async Task<(System.Text.Json.Nodes.JsonArray JobWorks, int SqlCommands)> MonitorAsync(Tenant tenant, string jobId)
    {
        var sourcePlatform = TestIds.New("sql-count");
        var response = await server.Client(tenant.Token).PostAsync(
            Operations.Read("MonitorConnectionJobArtifacts.graphql"),
            new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, connectionJobId = jobId },
            sourcePlatform: sourcePlatform);
        var data = response.AssertData();
        var log = await RequestLog.ForAsync(server, sourcePlatform);
        return (MeTree.FirstConnection(data)["jobWorks"]!.AsArray(), Convert.ToInt32(log.Values["SqlCommands"]));
    }
}
