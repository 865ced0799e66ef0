using System.Text.Json.Nodes;
using JobGraph.Server.Lists;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>jobWorks' limit and offset: which page they return, at the extremes, and after filtering and sorting.</summary>
[Collection(ServerCollection.Name)]
public sealed class JobWorkPagingTests(ServerFixture server)
{
    [Fact]
    public async Task Limit_returns_the_first_job_works()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, limit: 2);

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[1]], ids);
    }

    [Fact]
    public async Task Offset_and_limit_return_the_middle_page()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: 1);

        // Assert
        Assert.Equal([seeded.JobWorks[1], seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Offset_without_limit_skips_the_first_job_works()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, offset: 3);

        // Assert
        Assert.Equal([seeded.JobWorks[3]], ids);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(50)]
    public async Task Offset_past_the_end_returns_an_empty_list(int offset)
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: offset);

        // Assert
        Assert.Empty(ids);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Largest_limit_returns_every_job_work_after_the_offset(int offset)
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, limit: ListArguments.MaxLimit, offset: offset);

        // Assert
        Assert.Equal(seeded.JobWorks.Skip(offset), ids);
    }

    [Fact]
    public async Task Largest_offset_returns_an_empty_list()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: int.MaxValue);

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Limit_zero_returns_an_empty_list()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, limit: 0);

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Limit_applies_after_the_filters()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.SecondJobId } }, limit: 1);

        // Assert
        Assert.Equal([seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Limit_applies_to_each_connection_separately()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var otherConnectionId = TestIds.New("connection");
        await server.SeedAsync(db => db.Connections.Add(tenant.Connection(otherConnectionId, "taxdome", "active", Tenant.Epoch.AddMinutes(1))));
        var first = new JobSeed(tenant);
        var second = new JobSeed(tenant, otherConnectionId, createdAt: Tenant.Epoch.AddHours(1));
        for (var i = 0; i < 3; i++)
        {
            first.AddJobWork();
            second.AddJobWork();
        }

        await server.SeedAsync(db =>
        {
            first.AddTo(db);
            second.AddTo(db);
        });
        const string query = """
            query FirstJobWorksPerConnection($workspaceId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections { id jobWorks(limit: 2, offset: 1) { id } }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        var expected = new JsonArray(
            new JsonObject { ["id"] = tenant.ConnectionId, ["jobWorks"] = IdList.Of(first.JobWorks[1].Id, first.JobWorks[2].Id) },
            new JsonObject { ["id"] = otherConnectionId, ["jobWorks"] = IdList.Of(second.JobWorks[1].Id, second.JobWorks[2].Id) });
        Assert.Equal(expected.ToJsonString(), MeTree.Connections(response.AssertData()).ToJsonString());
    }

    [Fact]
    public async Task Limit_and_offset_apply_after_sorting()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: 1, sortBy: new { field = "createdAt", direction = "desc" });

        // Assert
        Assert.Equal([seeded.JobWorks[2], seeded.JobWorks[1]], ids);
    }
}
