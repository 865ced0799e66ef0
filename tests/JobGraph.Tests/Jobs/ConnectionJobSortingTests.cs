using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>The order of connectionJobs: creation order by default, and by createdAt, name or updatedAt.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionJobSortingTests(ServerFixture server)
{
    [Fact]
    public async Task Without_arguments_every_job_of_the_connection_is_listed_in_creation_order()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ids = await server.ConnectionJobIdsAsync(seeded.Tenant);

        // Assert
        Assert.Equal(seeded.Jobs, ids);
    }

    [Fact]
    public async Task Sort_by_created_at_descending_lists_the_newest_job_first()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ids = await server.ConnectionJobIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction = "desc" });
        var newest = await server.ConnectionJobIdsAsync(seeded.Tenant, limit: 1, sortBy: new { field = "createdAt", direction = "desc" });

        // Assert
        Assert.Equal([seeded.Jobs[2], seeded.Jobs[1], seeded.Jobs[0]], ids);
        Assert.Equal([seeded.Jobs[2]], newest);
    }

    [Fact]
    public async Task Sort_by_name_orders_jobs_by_name()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ascending = await server.ConnectionJobIdsAsync(seeded.Tenant, sortBy: new { field = "name" });
        var descending = await server.ConnectionJobIdsAsync(seeded.Tenant, sortBy: new { field = "name", direction = "desc" });

        // Assert: the names are "Beta", "Gamma", "Alpha" in creation order.
        Assert.Equal([seeded.Jobs[2], seeded.Jobs[0], seeded.Jobs[1]], ascending);
        Assert.Equal([seeded.Jobs[1], seeded.Jobs[0], seeded.Jobs[2]], descending);
    }

    [Fact]
    public async Task Sort_by_updated_at_orders_jobs_by_last_update()
    {
        // Arrange
        var seeded = await ThreeJobs.SeedAsync(server);

        // Act
        var ids = await server.ConnectionJobIdsAsync(seeded.Tenant, sortBy: new { field = "updatedAt" });

        // Assert: the middle job was updated last, the newest one first.
        Assert.Equal([seeded.Jobs[2], seeded.Jobs[0], seeded.Jobs[1]], ids);
    }
}
