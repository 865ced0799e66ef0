using System.Text.Json.Nodes;
using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Auth;

/// <summary>A second tenant reaches none of the first tenant's rows, whatever ids it puts in its filters.</summary>
[Collection(ServerCollection.Name)]
public sealed class TenantScopingTests(ServerFixture server)
{
    [Fact]
    public async Task Workspaces_without_filter_list_only_the_callers_own_workspace()
    {
        // Arrange
        var (_, other) = await SeedTwoTenantsAsync();
        const string query = """
            query MyWorkspaces {
              me { workspaces { id } }
            }
            """;

        // Act
        var response = await server.Client(other.Token).PostAsync(query);

        // Assert
        AssertData($$$"""{"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}"}]}}""", response);
    }

    [Fact]
    public async Task Whole_tree_without_filters_holds_only_the_callers_own_rows()
    {
        // Arrange
        var (_, other) = await SeedTwoTenantsAsync();
        const string query = """
            query EverythingVisible {
              me {
                workspaces {
                  id
                  connections { id jobWorks { id } connectionJobs { id } }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(other.Token).PostAsync(query);

        // Assert
        AssertData($$$"""
            {"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}","connections":[
              {"id":"{{{other.ConnectionId}}}","jobWorks":[],"connectionJobs":[]}
            ]}]}}
            """, response);
    }

    [Fact]
    public async Task Another_tenants_workspace_id_in_the_filter_matches_nothing()
    {
        // Arrange
        var (owner, other) = await SeedTwoTenantsAsync();
        const string query = """
            query WorkspacesByIds($ids: [ID!]) {
              me { workspaces(filters: { ids: $ids }) { id connections { id } } }
            }
            """;

        // Act
        var onlyForeign = await server.Client(other.Token).PostAsync(query, new { ids = new[] { owner.Tenant.WorkspaceId } });
        var foreignAndOwn = await server.Client(other.Token).PostAsync(query, new { ids = new[] { owner.Tenant.WorkspaceId, other.WorkspaceId } });

        // Assert
        AssertData("""{"me":{"workspaces":[]}}""", onlyForeign);
        AssertData($$$"""
            {"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}","connections":[{"id":"{{{other.ConnectionId}}}"}]}]}}
            """, foreignAndOwn);
    }

    [Fact]
    public async Task Another_tenants_connection_id_under_the_callers_workspace_matches_nothing()
    {
        // Arrange
        var (owner, other) = await SeedTwoTenantsAsync();
        const string query = """
            query ConnectionsByIds($workspaceId: ID!, $connectionIds: [ID!]) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  id
                  connections(filters: { ids: $connectionIds }) { id jobWorks { id } }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(other.Token).PostAsync(
            query, new { workspaceId = other.WorkspaceId, connectionIds = new[] { owner.Tenant.ConnectionId } });

        // Assert
        AssertData($$$"""{"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}","connections":[]}]}}""", response);
    }

    [Fact]
    public async Task Another_tenants_job_ids_under_the_callers_connection_match_nothing()
    {
        // Arrange
        var (owner, other) = await SeedTwoTenantsAsync();
        const string query = """
            query ForeignIds($workspaceId: ID!, $connectionId: ID!, $jobIds: [ID!], $workIds: [ID!], $jobWorkIds: [ID!]) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections(filters: { ids: [$connectionId] }) {
                    id
                    byJob: jobWorks(filters: { connectionJobIds: $jobIds }) { id }
                    byWork: jobWorks(filters: { workIds: $workIds }) { id }
                    byId: jobWorks(filters: { ids: $jobWorkIds }) { id }
                    jobs: connectionJobs(filters: { ids: $jobIds }) { id }
                  }
                }
              }
            }
            """;
        var variables = new
        {
            workspaceId = other.WorkspaceId,
            connectionId = other.ConnectionId,
            jobIds = new[] { owner.Job.Id },
            workIds = owner.JobWorks.Select(jw => jw.WorkId).ToArray(),
            jobWorkIds = owner.JobWorks.Select(jw => jw.Id).ToArray(),
        };

        // Act
        var response = await server.Client(other.Token).PostAsync(query, variables);

        // Assert
        AssertData($$$"""
            {"me":{"workspaces":[{"connections":[
              {"id":"{{{other.ConnectionId}}}","byJob":[],"byWork":[],"byId":[],"jobs":[]}
            ]}]}}
            """, response);
    }

    [Fact]
    public async Task Owner_sees_its_rows_with_the_same_filters_the_other_tenant_was_refused()
    {
        // Arrange
        var (owner, _) = await SeedTwoTenantsAsync();
        const string query = """
            query OwnIds($workspaceId: ID!, $connectionId: ID!, $jobIds: [ID!], $jobWorkIds: [ID!]) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections(filters: { ids: [$connectionId] }) {
                    byJob: jobWorks(filters: { connectionJobIds: $jobIds }) { id }
                    byId: jobWorks(filters: { ids: $jobWorkIds }) { id }
                    jobs: connectionJobs(filters: { ids: $jobIds }) { id }
                  }
                }
              }
            }
            """;
        var variables = new
        {
            workspaceId = owner.Tenant.WorkspaceId,
            connectionId = owner.Tenant.ConnectionId,
            jobIds = new[] { owner.Job.Id },
            jobWorkIds = owner.JobWorks.Select(jw => jw.Id).ToArray(),
        };

        // Act
        var response = await server.Client(owner.Tenant.Token).PostAsync(query, variables);

        // Assert
        var jobWorks = string.Join(",", owner.JobWorks.Select(jw => $$$"""{"id":"{{{jw.Id}}}"}"""));
        AssertData($$$"""
            {"me":{"workspaces":[{"connections":[
              {"byJob":[{{{jobWorks}}}],"byId":[{{{jobWorks}}}],"jobs":[{"id":"{{{owner.Job.Id}}}"}]}
            ]}]}}
            """, response);
    }

    [Fact]
    public async Task Demo_workspace_is_not_visible_to_a_fresh_tenant()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        const string query = """
            query DemoWorkspace($ids: [ID!]) {
              all: me { workspaces { id } }
              demo: me { workspaces(filters: { ids: $ids }) { id connections { id } } }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { ids = new[] { DemoData.WorkspaceId } });

        // Assert
        AssertData($$$"""
            {"all":{"workspaces":[{"id":"{{{tenant.WorkspaceId}}}"}]},"demo":{"workspaces":[]}}
            """, response);
    }

    [Fact]
    public async Task Demo_connection_and_job_ids_under_a_fresh_tenants_connection_match_nothing()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        const string query = """
            query DemoIds($workspaceId: ID!, $connectionIds: [ID!]) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  byDemoConnection: connections(filters: { ids: $connectionIds }) { id }
                  connections {
                    jobWorks(filters: { ids: ["job_work_456", "job_work_789"] }) { id }
                    byJob: jobWorks(filters: { connectionJobIds: ["job_123456"] }) { id }
                    byWork: jobWorks(filters: { workIds: ["work_789", "work_790"] }) { id }
                    connectionJobs(filters: { ids: ["job_123456", "job_123457"] }) { id }
                  }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(
            query, new { workspaceId = tenant.WorkspaceId, connectionIds = new[] { DemoData.ConnectionId, "connection_790" } });

        // Assert
        AssertData("""
            {"me":{"workspaces":[{"byDemoConnection":[],"connections":[
              {"jobWorks":[],"byJob":[],"byWork":[],"connectionJobs":[]}
            ]}]}}
            """, response);
    }

    /// <summary>The owner has a job with two job works on its connection; the other tenant has only its empty connection.</summary>
    private async Task<(OwnerRows Owner, Tenant Other)> SeedTwoTenantsAsync()
    {
        var owner = await server.CreateTenantAsync();
        var other = await server.CreateTenantAsync();
        var seed = new JobSeed(owner);
        var first = seed.AddJobWork();
        seed.AddArtifact(first, TaskState.Complete);
        seed.AddJobWork();
        await server.SeedAsync(seed.AddTo);
        return (new OwnerRows(owner, seed.Job, seed.JobWorks), other);
    }

    private static void AssertData(string expectedData, GraphQLResponse response)
        => Assert.Equal(JsonNode.Parse(expectedData)!.ToJsonString(), response.AssertData().ToJsonString());

    private sealed record OwnerRows(Tenant Tenant, ConnectionJob Job, IReadOnlyList<JobWork> JobWorks);
}
