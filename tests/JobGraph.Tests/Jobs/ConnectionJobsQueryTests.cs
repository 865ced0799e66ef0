using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

[Collection(ServerCollection.Name)]
public sealed class ConnectionJobsQueryTests(ServerFixture server)
{
    private const string ConnectionJobsQuery = """
        query ConnectionJobs(
          $workspaceId: ID!, $connectionId: ID!, $filters: ConnectionJobFilters, $limit: Int, $offset: Int, $sortBy: SortBy
        ) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                connectionJobs(filters: $filters, limit: $limit, offset: $offset, sortBy: $sortBy) { id }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Without_arguments_every_job_of_the_connection_is_listed_in_creation_order()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ids = await JobIdsAsync(seeded.Tenant);

        // Assert
        Assert.Equal(seeded.Jobs, ids);
    }

    [Fact]
    public async Task Connection_job_ids_filter_returns_only_those_jobs()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ids = await JobIdsAsync(seeded.Tenant, new { ids = new[] { seeded.Jobs[2], seeded.Jobs[0] } });

        // Assert
        Assert.Equal([seeded.Jobs[0], seeded.Jobs[2]], ids);
    }

    [Fact]
    public async Task Empty_connection_job_ids_list_matches_nothing()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ids = await JobIdsAsync(seeded.Tenant, new { ids = Array.Empty<string>() });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Unknown_connection_job_id_returns_nothing_and_no_error()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ids = await JobIdsAsync(seeded.Tenant, new { ids = new[] { TestIds.New("job") } });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Null_connection_job_ids_add_no_condition()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ids = await JobIdsAsync(seeded.Tenant, new { ids = (string[]?)null });

        // Assert
        Assert.Equal(seeded.Jobs, ids);
    }

    [Fact]
    public async Task Offset_and_limit_return_a_page_of_jobs()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var page = await JobIdsAsync(seeded.Tenant, limit: 1, offset: 1);
        var pastTheEnd = await JobIdsAsync(seeded.Tenant, limit: 1, offset: 3);

        // Assert
        Assert.Equal([seeded.Jobs[1]], page);
        Assert.Empty(pastTheEnd);
    }

    [Fact]
    public async Task Sort_by_created_at_descending_lists_the_newest_job_first()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ids = await JobIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction = "desc" });
        var newest = await JobIdsAsync(seeded.Tenant, limit: 1, sortBy: new { field = "createdAt", direction = "desc" });

        // Assert
        Assert.Equal([seeded.Jobs[2], seeded.Jobs[1], seeded.Jobs[0]], ids);
        Assert.Equal([seeded.Jobs[2]], newest);
    }

    [Fact]
    public async Task Sort_by_name_orders_jobs_by_name()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ascending = await JobIdsAsync(seeded.Tenant, sortBy: new { field = "name" });
        var descending = await JobIdsAsync(seeded.Tenant, sortBy: new { field = "name", direction = "desc" });

        // Assert: the names are "Beta", "Gamma", "Alpha" in creation order.
        Assert.Equal([seeded.Jobs[2], seeded.Jobs[0], seeded.Jobs[1]], ascending);
        Assert.Equal([seeded.Jobs[1], seeded.Jobs[0], seeded.Jobs[2]], descending);
    }

    [Fact]
    public async Task Sort_by_updated_at_orders_jobs_by_last_update()
    {
        // Arrange
        var seeded = await SeedThreeJobsAsync();

        // Act
        var ids = await JobIdsAsync(seeded.Tenant, sortBy: new { field = "updatedAt" });

        // Assert: the middle job was updated last, the newest one first.
        Assert.Equal([seeded.Jobs[2], seeded.Jobs[0], seeded.Jobs[1]], ids);
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

    [Theory]
    [InlineData("""sortBy: { field: "workId" }""")]
    [InlineData("""sortBy: { field: "status" }""")]
    [InlineData("""sortBy: { field: "name", direction: "descending" }""")]
    [InlineData("limit: -1")]
    [InlineData("offset: -2")]
    public async Task Invalid_window_argument_is_rejected_before_execution(string argument)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var query = $$"""
            query InvalidConnectionJobsWindow($workspaceId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections { connectionJobs({{argument}}) { id } } } }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }

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

    /// <summary>
    /// Three jobs on the tenant's connection, an hour apart, named Beta, Gamma and Alpha; the middle one was
    /// updated last and the newest one first.
    /// </summary>
    private async Task<ThreeJobs> SeedThreeJobsAsync()
    {
        var tenant = await server.CreateTenantAsync();
        string[] names = ["Beta", "Gamma", "Alpha"];
        int[] updatedAfterHours = [5, 6, 4];
        var seeds = new JobSeed[3];
        for (var i = 0; i < seeds.Length; i++)
        {
            seeds[i] = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(i));
            seeds[i].Job.Name = names[i];
            seeds[i].Job.UpdatedAt = Tenant.Epoch.AddHours(updatedAfterHours[i]);
        }

        await server.SeedAsync(db =>
        {
            foreach (var seed in seeds)
            {
                seed.AddTo(db);
            }
        });
        return new ThreeJobs(tenant, seeds.Select(s => s.Job.Id).ToArray());
    }

    private async Task<string[]> JobIdsAsync(Tenant tenant, object? filters = null, int? limit = null, int? offset = null, object? sortBy = null)
    {
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, filters, limit, offset, sortBy };
        var response = await server.Client(tenant.Token).PostAsync(ConnectionJobsQuery, variables);
        return IdList.Read(MeTree.FirstConnection(response.AssertData())["connectionJobs"]);
    }

    private sealed record ThreeJobs(Tenant Tenant, string[] Jobs);
}
