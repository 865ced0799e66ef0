using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>Each field of jobWorks' filters alone and together: a list matches any of its values, fields must all match.</summary>
[Collection(ServerCollection.Name)]
public sealed class JobWorkFiltersTests(ServerFixture server)
{
    [Fact]
    public async Task Job_work_ids_filter_returns_only_those_job_works()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { ids = new[] { seeded.JobWorks[3], seeded.JobWorks[0] } });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[3]], ids);
    }

    [Fact]
    public async Task Connection_job_ids_filter_returns_every_job_work_of_those_jobs()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.SecondJobId } });

        // Assert
        Assert.Equal([seeded.JobWorks[2], seeded.JobWorks[3]], ids);
    }

    [Fact]
    public async Task Work_ids_filter_returns_the_job_works_of_those_works_in_every_job()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { workIds = new[] { seeded.SharedWorkId } });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Filter_list_matches_any_of_its_values()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.FirstJobId, seeded.SecondJobId } });

        // Assert
        Assert.Equal(seeded.JobWorks, ids);
    }

    [Fact]
    public async Task Connection_job_ids_and_work_ids_must_both_match()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.SecondJobId }, workIds = new[] { seeded.SharedWorkId } });

        // Assert
        Assert.Equal([seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Job_work_ids_outside_the_given_jobs_match_nothing()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { ids = new[] { seeded.JobWorks[0], seeded.JobWorks[1] }, connectionJobIds = new[] { seeded.SecondJobId } });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task All_three_filters_together_narrow_to_their_intersection()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new
        {
            ids = new[] { seeded.JobWorks[0], seeded.JobWorks[2], seeded.JobWorks[3] },
            connectionJobIds = new[] { seeded.FirstJobId, seeded.SecondJobId },
            workIds = new[] { seeded.SharedWorkId },
        });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Aliases_with_different_filters_each_return_their_own_job_works()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);
        const string query = """
            query AliasedJobWorks($workspaceId: ID!, $connectionId: ID!, $x: ID!, $y: ID!, $job: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections(filters: { ids: [$connectionId] }) {
                    a: jobWorks(filters: { ids: [$x] }) { id }
                    b: jobWorks(filters: { ids: [$y] }) { id }
                    c: jobWorks(filters: { connectionJobIds: [$job] }, sortBy: { field: "createdAt", direction: "desc" }) { id }
                    d: jobWorks(limit: 1) { id }
                    e: jobWorks { id }
                  }
                }
              }
            }
            """;
        var variables = new
        {
            workspaceId = seeded.Tenant.WorkspaceId,
            connectionId = seeded.Tenant.ConnectionId,
            x = seeded.JobWorks[1],
            y = seeded.JobWorks[2],
            job = seeded.FirstJobId,
        };

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(query, variables);

        // Assert
        var connection = MeTree.FirstConnection(response.AssertData());
        Assert.Equal([seeded.JobWorks[1]], IdList.Read(connection["a"]));
        Assert.Equal([seeded.JobWorks[2]], IdList.Read(connection["b"]));
        Assert.Equal([seeded.JobWorks[1], seeded.JobWorks[0]], IdList.Read(connection["c"]));
        Assert.Equal([seeded.JobWorks[0]], IdList.Read(connection["d"]));
        Assert.Equal(seeded.JobWorks, IdList.Read(connection["e"]));
    }
}
