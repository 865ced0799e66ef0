using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>The order of jobWorks: creation order by default, ties by id, and every sortBy field in both directions.</summary>
[Collection(ServerCollection.Name)]
public sealed class JobWorkSortingTests(ServerFixture server)
{
    [Fact]
    public async Task Omitted_arguments_return_every_job_work_in_creation_order()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);
        const string query = """
            query AllJobWorks($workspaceId: ID!, $connectionId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections(filters: { ids: [$connectionId] }) {
                    jobWorks { id }
                  }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(query, new { workspaceId = seeded.Tenant.WorkspaceId, connectionId = seeded.Tenant.ConnectionId });

        // Assert
        Assert.Equal(seeded.JobWorks, IdList.Read(MeTree.FirstConnection(response.AssertData())["jobWorks"]));
    }

    [Fact]
    public async Task Job_works_created_at_the_same_time_are_ordered_by_id()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var sameTime = Tenant.Epoch.AddMinutes(5);
        for (var i = 0; i < 4; i++)
        {
            seed.AddJobWork(createdAt: sameTime);
        }

        await server.SeedAsync(seed.AddTo);
        var expected = seed.JobWorks.Select(jw => jw.Id).Order(StringComparer.Ordinal).ToArray();

        // Act
        var ids = await server.JobWorkIdsAsync(tenant);

        // Assert
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("desc")]
    [InlineData("DESC")]
    [InlineData("Desc")]
    public async Task Sort_by_created_at_descending_reverses_the_order(string direction)
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction });

        // Assert
        Assert.Equal(seeded.JobWorks.AsEnumerable().Reverse(), ids);
    }

    [Theory]
    [InlineData("asc")]
    [InlineData("ASC")]
    [InlineData(null)]
    public async Task Sort_by_created_at_ascending_keeps_creation_order(string? direction)
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction });

        // Assert
        Assert.Equal(seeded.JobWorks, ids);
    }

    [Fact]
    public async Task Sort_by_work_id_orders_by_work_then_by_id()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);
        var expected = seeded.Rows.OrderBy(jw => jw.WorkId, StringComparer.Ordinal).ThenBy(jw => jw.Id, StringComparer.Ordinal).Select(jw => jw.Id);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "workId" });

        // Assert
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Sort_by_connection_job_id_descending_orders_by_job_then_by_id()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);
        var expected = seeded.Rows.OrderByDescending(jw => jw.ConnectionJobId, StringComparer.Ordinal).ThenBy(jw => jw.Id, StringComparer.Ordinal).Select(jw => jw.Id);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "connectionJobId", direction = "desc" });

        // Assert
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Sort_by_id_orders_by_id()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "id" });

        // Assert
        Assert.Equal(seeded.JobWorks.Order(StringComparer.Ordinal), ids);
    }
}
