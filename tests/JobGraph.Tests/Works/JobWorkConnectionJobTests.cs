using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>A job work's connectionJobId and connectionJob name the job it belongs to.</summary>
[Collection(ServerCollection.Name)]
public sealed class JobWorkConnectionJobTests(ServerFixture server)
{
    [Fact]
    public async Task Job_work_names_its_connection_job()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var first = new JobSeed(tenant);
        first.Job.Name = "First batch";
        var second = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(1));
        second.Job.Name = "Second batch";
        var firstJobWork = first.AddJobWork();
        var secondJobWork = second.AddJobWork();
        await server.SeedAsync(db =>
        {
            first.AddTo(db);
            second.AddTo(db);
        });
        const string query = """
            query JobWorkConnectionJobs($workspaceId: ID!, $connectionId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections(filters: { ids: [$connectionId] }) {
                    jobWorks { id connectionJobId connectionJob { id name } }
                  }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId });

        // Assert
        var expected = new JsonArray(
            new JsonObject
            {
                ["id"] = firstJobWork.Id,
                ["connectionJobId"] = first.Job.Id,
                ["connectionJob"] = new JsonObject { ["id"] = first.Job.Id, ["name"] = "First batch" },
            },
            new JsonObject
            {
                ["id"] = secondJobWork.Id,
                ["connectionJobId"] = second.Job.Id,
                ["connectionJob"] = new JsonObject { ["id"] = second.Job.Id, ["name"] = "Second batch" },
            });
        var jobWorks = MeTree.FirstConnection(response.AssertData())["jobWorks"]!;
        Assert.Equal(expected.ToJsonString(), jobWorks.ToJsonString());
    }
}
