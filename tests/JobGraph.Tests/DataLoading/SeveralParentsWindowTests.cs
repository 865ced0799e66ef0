using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.DataLoading;

/// <summary>
/// A list under several parents is fetched in one statement that pages each parent separately (ROW_NUMBER per parent);
/// one parent pages with LIMIT/OFFSET. Both forms must answer the same pages, with the joined works.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class SeveralParentsWindowTests(ServerFixture server)
{
    private const string Query = """
        query PagesOfEveryConnection($workspaceId: ID!, $desc: SortBy) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections {
                id
                jobWorks(limit: 2, offset: 1) { id work { name } }
                newestFirst: jobWorks(limit: 2, sortBy: $desc) { id }
                connectionJobs(limit: 1, offset: 1) { id }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Each_of_several_connections_gets_its_own_page_of_job_works_and_jobs()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var secondConnection = TestIds.New("connection");
        var seeds = new[]
        {
            new JobSeed(tenant, tenant.ConnectionId),
            new JobSeed(tenant, tenant.ConnectionId, createdAt: Tenant.Epoch.AddHours(1)),
            new JobSeed(tenant, secondConnection),
            new JobSeed(tenant, secondConnection, createdAt: Tenant.Epoch.AddHours(1)),
        };
        foreach (var seed in seeds)
        {
            for (var i = 0; i < 2; i++)
            {
                seed.AddJobWork();
            }
        }

        await server.SeedAsync(db =>
        {
            db.Connections.Add(tenant.Connection(secondConnection, "taxdome", "active", Tenant.Epoch.AddMinutes(1)));
            foreach (var seed in seeds)
            {
                seed.AddTo(db);
            }
        });

        // Act
        var response = await server.Client(tenant.Token).PostAsync(Query, new { workspaceId = tenant.WorkspaceId, desc = new { field = "createdAt", direction = "desc" } });

        // Assert
        var connections = MeTree.Connections(response.AssertData()).AsArray();
        Assert.Equal([tenant.ConnectionId, secondConnection], connections.Select(c => (string)c!["id"]!));
        for (var c = 0; c < 2; c++)
        {
            var jobWorks = seeds[2 * c].JobWorks.Concat(seeds[(2 * c) + 1].JobWorks).ToArray();
            var works = seeds[2 * c].Works.Concat(seeds[(2 * c) + 1].Works).ToArray();
            var connection = connections[c]!;
            Assert.Equal([jobWorks[1].Id, jobWorks[2].Id], IdList.Read(connection["jobWorks"]));
            Assert.Equal([works[1].Name, works[2].Name], connection["jobWorks"]!.AsArray().Select(jw => (string)jw!["work"]!["name"]!));
            Assert.Equal([jobWorks[3].Id, jobWorks[2].Id], IdList.Read(connection["newestFirst"]));
            Assert.Equal([seeds[(2 * c) + 1].Job.Id], IdList.Read(connection["connectionJobs"]));
        }
    }
}
