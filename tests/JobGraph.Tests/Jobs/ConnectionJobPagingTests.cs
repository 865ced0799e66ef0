using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>connectionJobs' limit and offset: a page of the connection's jobs, taken per connection.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionJobPagingTests(ServerFixture server)
{
    [Fact]
    public async Task Offset_and_limit_return_a_page_of_jobs()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var page = await server.ConnectionJobIdsAsync(seeded.Tenant, limit: 1, offset: 1);
        var pastTheEnd = await server.ConnectionJobIdsAsync(seeded.Tenant, limit: 1, offset: 3);

        // Assert
        Assert.Equal([seeded.Jobs[1]], page);
        Assert.Empty(pastTheEnd);
    }

    [Fact]
    public async Task Limit_applies_to_each_connection_separately()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var otherConnectionId = TestIds.New("connection");
        await server.SeedAsync(db => db.Connections.Add(tenant.Connection(otherConnectionId, "drake", "active", Tenant.Epoch.AddMinutes(1))));
        var first = new[] { new JobSeed(tenant), new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(2)) };
        var second = new[] { new JobSeed(tenant, otherConnectionId, createdAt: Tenant.Epoch.AddHours(1)), new JobSeed(tenant, otherConnectionId, createdAt: Tenant.Epoch.AddHours(3)) };
        await server.SeedAsync(db =>
        {
            foreach (var seed in first.Concat(second))
            {
                seed.AddTo(db);
            }
        });
        const string query = """
            query FirstJobPerConnection($workspaceId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections { id connectionJobs(limit: 1) { id } }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        var expected = new JsonArray(
            new JsonObject { ["id"] = tenant.ConnectionId, ["connectionJobs"] = IdList.Of(first[0].Job.Id) },
            new JsonObject { ["id"] = otherConnectionId, ["connectionJobs"] = IdList.Of(second[0].Job.Id) });
        Assert.Equal(expected.ToJsonString(), MeTree.Connections(response.AssertData()).ToJsonString());
    }
}
