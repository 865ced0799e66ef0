using System.Diagnostics;
using JobGraph.Server.Lists;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>
/// Empty lists, unknown ids and nulls in jobWorks' filters: what they match, and that none is an error. A list longer
/// than <see cref="FilterValues.MaxValues"/> is refused, quickly, with a stable code.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class JobWorkFilterEdgeCasesTests(ServerFixture server)
{
    [Theory]
    [InlineData("ids")]
    [InlineData("connectionJobIds")]
    [InlineData("workIds")]
    public async Task Empty_filter_list_matches_nothing(string field)
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = Array.Empty<string>() });

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
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = new[] { TestIds.New("unknown") } });

        // Assert
        Assert.Empty(ids);
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("connectionJobIds")]
    [InlineData("workIds")]
    public async Task A_filter_list_of_more_values_than_the_maximum_is_refused_at_once(string field)
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);
        var longest = Enumerable.Range(0, FilterValues.MaxValues).Select(n => $"job_work_{n}").Append(seeded.JobWorks[1]).ToArray();
        var variables = new
        {
            workspaceId = seeded.Tenant.WorkspaceId,
            connectionId = seeded.Tenant.ConnectionId,
            filters = new Dictionary<string, object?> { [field] = Enumerable.Range(0, 50_000).Select(n => $"job_work_{n}").ToArray() },
        };

        // Act
        var started = Stopwatch.StartNew();
        var refused = await server.Client(seeded.Tenant.Token).PostAsync(JobWorksQuery.Document, variables);
        var elapsed = started.Elapsed;
        var atTheMaximum = await server.JobWorkIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = longest[1..] });

        // Assert
        refused.AssertRejected("BAD_USER_INPUT");
        Assert.Contains($"at most {FilterValues.MaxValues} values", refused.Text, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"refused after {elapsed}");
        Assert.Equal(field == "ids" ? [seeded.JobWorks[1]] : [], atTheMaximum);
    }

    [Fact]
    public async Task Unknown_id_beside_a_known_one_is_ignored()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { ids = new[] { TestIds.New("unknown"), seeded.JobWorks[1] } });

        // Assert
        Assert.Equal([seeded.JobWorks[1]], ids);
    }

    [Fact]
    public async Task Null_filter_field_adds_no_condition()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, new { ids = (string[]?)null, connectionJobIds = (string[]?)null, workIds = new[] { seeded.SharedWorkId } });

        // Assert
        Assert.Equal([seeded.JobWorks[0], seeded.JobWorks[2]], ids);
    }

    [Fact]
    public async Task Null_filter_field_in_the_document_adds_no_condition()
    {
        // Arrange
        var seeded = await TwoJobs.SeedAsync(server);
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
        var seeded = await TwoJobs.SeedAsync(server);

        // Act
        var ids = await server.JobWorkIdsAsync(seeded.Tenant, filters: null);

        // Assert
        Assert.Equal(seeded.JobWorks, ids);
    }
}
