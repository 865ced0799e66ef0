using System.Text.Json.Nodes;
using JobGraph.Server.Works;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

[Collection(ServerCollection.Name)]
public sealed class JobWorkFiltersTests(ServerFixture server)
{
    private const string JobWorksQuery = """
        query ConnectionJobWorks(
          $workspaceId: ID!, $connectionId: ID!, $filters: JobWorkFilters, $limit: Int, $offset: Int, $sortBy: SortBy
        ) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                jobWorks(filters: $filters, limit: $limit, offset: $offset, sortBy: $sortBy) { id }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Job_work_ids_filter_returns_only_those_job_works()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { ids = new[] { seeded.JobWorks[3], seeded.JobWorks[0] } });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[3]], ids);
    }

    [Fact]
    public async Task Connection_job_ids_filter_returns_every_job_work_of_those_jobs()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.SecondJobId } });

        // Assert
        Assert.Equal([seeded.JobWorks[2], seeded.JobWorks[3]], ids);
    }

    [Fact]
    public async Task Work_ids_filter_returns_the_job_works_of_those_works_in_every_job()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { workIds = new[] { seeded.SharedWorkId } });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Filter_list_matches_any_of_its_values()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.FirstJobId, seeded.SecondJobId } });

        // Assert
        Assert.Equal(seeded.JobWorks, ids);
    }

    [Fact]
    public async Task Connection_job_ids_and_work_ids_must_both_match()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.SecondJobId }, workIds = new[] { seeded.SharedWorkId } });

        // Assert
        Assert.Equal([seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Job_work_ids_outside_the_given_jobs_match_nothing()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { ids = new[] { seeded.JobWorks[0], seeded.JobWorks[1] }, connectionJobIds = new[] { seeded.SecondJobId } });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task All_three_filters_together_narrow_to_their_intersection()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new
        {
            ids = new[] { seeded.JobWorks[0], seeded.JobWorks[2], seeded.JobWorks[3] },
            connectionJobIds = new[] { seeded.FirstJobId, seeded.SecondJobId },
            workIds = new[] { seeded.SharedWorkId },
        });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[2]], ids);
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("connectionJobIds")]
    [InlineData("workIds")]
    public async Task Empty_filter_list_matches_nothing(string field)
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = Array.Empty<string>() });

        // Assert
        Assert.Empty(ids);
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("connectionJobIds")]
    [InlineData("workIds")]
    public async Task Unknown_id_returns_no_job_works_and_no_error(string field)
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = new[] { TestIds.New("unknown") } });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Unknown_id_beside_a_known_one_is_ignored()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { ids = new[] { TestIds.New("unknown"), seeded.JobWorks[1] } });

        // Assert
        Assert.Equal([seeded.JobWorks[1]], ids);
    }

    [Fact]
    public async Task Null_filter_field_adds_no_condition()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { ids = (string[]?)null, connectionJobIds = (string[]?)null, workIds = new[] { seeded.SharedWorkId } });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Null_filter_field_in_the_document_adds_no_condition()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();
        const string query = """
            query JobWorksWithNullFilterField($workspaceId: ID!, $connectionId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections(filters: { ids: [$connectionId] }) {
                    jobWorks(filters: { ids: null, workIds: null }) { id }
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
    public async Task Null_filters_return_every_job_work_of_the_connection()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, filters: null);

        // Assert
        Assert.Equal(seeded.JobWorks, ids);
    }

    [Fact]
    public async Task Omitted_arguments_return_every_job_work_in_creation_order()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();
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
        var ids = await JobWorkIdsAsync(tenant);

        // Assert
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Limit_returns_the_first_job_works()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, limit: 2);

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[1]], ids);
    }

    [Fact]
    public async Task Offset_and_limit_return_the_middle_page()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: 1);

        // Assert
        Assert.Equal([seeded.JobWorks[1], seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Offset_without_limit_skips_the_first_job_works()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, offset: 3);

        // Assert
        Assert.Equal([seeded.JobWorks[3]], ids);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(50)]
    public async Task Offset_past_the_end_returns_an_empty_list(int offset)
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: offset);

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
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, limit: int.MaxValue, offset: offset);

        // Assert
        Assert.Equal(seeded.JobWorks.Skip(offset), ids);
    }

    [Fact]
    public async Task Largest_offset_returns_an_empty_list()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: int.MaxValue);

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Limit_zero_returns_an_empty_list()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, limit: 0);

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Limit_applies_after_the_filters()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, new { connectionJobIds = new[] { seeded.SecondJobId } }, limit: 1);

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

    [Theory]
    [InlineData("desc")]
    [InlineData("DESC")]
    [InlineData("Desc")]
    public async Task Sort_by_created_at_descending_reverses_the_order(string direction)
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction });

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
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction });

        // Assert
        Assert.Equal(seeded.JobWorks, ids);
    }

    [Fact]
    public async Task Limit_and_offset_apply_after_sorting()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, limit: 2, offset: 1, sortBy: new { field = "createdAt", direction = "desc" });

        // Assert
        Assert.Equal([seeded.JobWorks[2], seeded.JobWorks[1]], ids);
    }

    [Fact]
    public async Task Sort_by_work_id_orders_by_work_then_by_id()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();
        var expected = seeded.Rows.OrderBy(jw => jw.WorkId, StringComparer.Ordinal).ThenBy(jw => jw.Id, StringComparer.Ordinal).Select(jw => jw.Id);

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "workId" });

        // Assert
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Sort_by_connection_job_id_descending_orders_by_job_then_by_id()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();
        var expected = seeded.Rows.OrderByDescending(jw => jw.ConnectionJobId, StringComparer.Ordinal).ThenBy(jw => jw.Id, StringComparer.Ordinal).Select(jw => jw.Id);

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "connectionJobId", direction = "desc" });

        // Assert
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Sort_by_id_orders_by_id()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();

        // Act
        var ids = await JobWorkIdsAsync(seeded.Tenant, sortBy: new { field = "id" });

        // Assert
        Assert.Equal(seeded.JobWorks.Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    [InlineData("""sortBy: { field: "name" }""")]
    [InlineData("""sortBy: { field: "CreatedAt" }""")]
    [InlineData("""sortBy: { field: "createdAt", direction: "sideways" }""")]
    [InlineData("""sortBy: { field: "createdAt", direction: "" }""")]
    [InlineData("limit: -1")]
    [InlineData("offset: -1")]
    public async Task Invalid_window_argument_in_the_document_is_rejected_before_execution(string argument)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var query = $$"""
            query InvalidJobWorksWindow($workspaceId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections { jobWorks({{argument}}) { id } }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }

    [Theory]
    [InlineData("sortBy", """{ "field": "name" }""")]
    [InlineData("sortBy", """{ "field": "createdAt", "direction": "sideways" }""")]
    [InlineData("limit", "-1")]
    [InlineData("offset", "-5")]
    public async Task Invalid_window_variable_is_rejected_before_execution(string variable, string json)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var variables = new Dictionary<string, object?>
        {
            ["workspaceId"] = tenant.WorkspaceId,
            ["connectionId"] = tenant.ConnectionId,
            [variable] = JsonNode.Parse(json),
        };

        // Act
        var response = await server.Client(tenant.Token).PostAsync(JobWorksQuery, variables);

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }

    [Fact]
    public async Task Invalid_sort_field_is_answered_400_to_graphql_response_json_clients()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, sortBy = new { field = "name" } };

        // Act
        var response = await server.Client(tenant.Token).PostAsync(JobWorksQuery, variables, accept: "application/graphql-response+json");

        // Assert
        response.AssertRejected("INVALID_VALUE", 400, "application/graphql-response+json");
    }

    [Fact]
    public async Task Aliases_with_different_filters_each_return_their_own_job_works()
    {
        // Arrange
        var seeded = await SeedTwoJobsAsync();
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

    /// <summary>
    /// Two jobs on the tenant's connection. The first (at the epoch) holds job works 0 (the shared work) and 1; the
    /// second (an hour later) holds job works 2 (the shared work again) and 3. Creation order is 0, 1, 2, 3.
    /// </summary>
    private async Task<TwoJobs> SeedTwoJobsAsync()
    {
        var tenant = await server.CreateTenantAsync();
        var first = new JobSeed(tenant);
        var shared = first.AddJobWork();
        first.AddJobWork();
        var second = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(1));
        second.AddJobWork(first.Works[0]);
        second.AddJobWork();
        await server.SeedAsync(db =>
        {
            first.AddTo(db);
            second.AddTo(db);
        });
        var rows = first.JobWorks.Concat(second.JobWorks).ToArray();
        return new TwoJobs(tenant, first.Job.Id, second.Job.Id, shared.WorkId, rows);
    }

    private async Task<string[]> JobWorkIdsAsync(Tenant tenant, object? filters = null, int? limit = null, int? offset = null, object? sortBy = null)
    {
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, filters, limit, offset, sortBy };
        var response = await server.Client(tenant.Token).PostAsync(JobWorksQuery, variables);
        return IdList.Read(MeTree.FirstConnection(response.AssertData())["jobWorks"]);
    }

    private sealed record TwoJobs(Tenant Tenant, string FirstJobId, string SecondJobId, string SharedWorkId, JobWork[] Rows)
    {
        public string[] JobWorks { get; } = Rows.Select(jw => jw.Id).ToArray();
    }
}
