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
        response.AssertDataEquals($$$"""{"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}"}]}}""");
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
        response.AssertDataEquals($$$"""
            {"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}","connections":[
              {"id":"{{{other.ConnectionId}}}","jobWorks":[],"connectionJobs":[]}
            ]}]}}
            """);
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
        onlyForeign.AssertDataEquals("""{"me":{"workspaces":[]}}""");
        foreignAndOwn.AssertDataEquals($$$"""
            {"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}","connections":[{"id":"{{{other.ConnectionId}}}"}]}]}}
            """);
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
        response.AssertDataEquals($$$"""{"me":{"workspaces":[{"id":"{{{other.WorkspaceId}}}","connections":[]}]}}""");
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
        response.AssertDataEquals($$$"""
            {"me":{"workspaces":[{"connections":[
              {"id":"{{{other.ConnectionId}}}","byJob":[],"byWork":[],"byId":[],"jobs":[]}
            ]}]}}
            """);
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
        response.AssertDataEquals($$$"""
            {"me":{"workspaces":[{"connections":[
              {"byJob":[{{{jobWorks}}}],"byId":[{{{jobWorks}}}],"jobs":[{"id":"{{{owner.Job.Id}}}"}]}
            ]}]}}
            """);
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

    private sealed record OwnerRows(Tenant Tenant, ConnectionJob Job, IReadOnlyList<JobWork> JobWorks);
}
