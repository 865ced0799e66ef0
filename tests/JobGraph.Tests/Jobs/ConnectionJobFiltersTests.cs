using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>connectionJobs' ids filter, and what an empty, unknown or null list of ids matches.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionJobFiltersTests(ServerFixture server)
{
    [Fact]
    public async Task Connection_job_ids_filter_returns_only_those_jobs()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ids = await server.ConnectionJobIdsAsync(seeded.Tenant, new { ids = new[] { seeded.Jobs[2], seeded.Jobs[0] } });

        // Assert
        Assert.Equal([seeded.Jobs[0], seeded.Jobs[2]], ids);
    }

    [Fact]
    public async Task Empty_connection_job_ids_list_matches_nothing()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ids = await server.ConnectionJobIdsAsync(seeded.Tenant, new { ids = Array.Empty<string>() });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Unknown_connection_job_id_returns_nothing_and_no_error()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ids = await server.ConnectionJobIdsAsync(seeded.Tenant, new { ids = new[] { TestIds.New("job") } });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Null_connection_job_ids_add_no_condition()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ids = await server.ConnectionJobIdsAsync(seeded.Tenant, new { ids = (string[]?)null });

        // Assert
        Assert.Equal(seeded.Jobs, ids);
    }
}
