using System.Text.Json.Nodes;
using JobGraph.Server.Workspaces;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Workspaces;

[Collection(ServerCollection.Name)]
public sealed class WorkspaceFiltersTests(ServerFixture server)
{
    private const string WorkspacesByIdsQuery = """
        query MyWorkspacesByIds($ids: [ID!]) {
          me { workspaces(filters: { ids: $ids }) { id } }
        }
        """;

    [Fact]
    public async Task Without_filters_me_lists_every_workspace_of_the_user_and_no_other()
    {
        // Arrange
        var seeded = await SeedAsync();
        const string query = """
            query MyWorkspaces {
              me { workspaces { id } }
            }
            """;

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(query);

        // Assert
        Assert.Equal([seeded.EarlierWorkspaceId, seeded.Tenant.WorkspaceId], Ids(response.AssertData()));
    }

    [Fact]
    public async Task Workspace_ids_filter_returns_only_those_workspaces()
    {
        // Arrange
        var seeded = await SeedAsync();

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(WorkspacesByIdsQuery, new { ids = new[] { seeded.Tenant.WorkspaceId } });

        // Assert
        Assert.Equal([seeded.Tenant.WorkspaceId], Ids(response.AssertData()));
    }

    [Fact]
    public async Task Workspace_ids_filter_with_both_ids_returns_both_in_creation_order()
    {
        // Arrange
        var seeded = await SeedAsync();

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(
            WorkspacesByIdsQuery, new { ids = new[] { seeded.Tenant.WorkspaceId, seeded.EarlierWorkspaceId } });

        // Assert
        Assert.Equal([seeded.EarlierWorkspaceId, seeded.Tenant.WorkspaceId], Ids(response.AssertData()));
    }

    [Fact]
    public async Task Empty_workspace_ids_list_matches_nothing()
    {
        // Arrange
        var seeded = await SeedAsync();

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(WorkspacesByIdsQuery, new { ids = Array.Empty<string>() });

        // Assert
        Assert.Empty(Ids(response.AssertData()));
    }

    [Fact]
    public async Task Unknown_workspace_id_returns_nothing_and_no_error()
    {
        // Arrange
        var seeded = await SeedAsync();

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(WorkspacesByIdsQuery, new { ids = new[] { TestIds.New("workspace") } });

        // Assert
        Assert.Empty(Ids(response.AssertData()));
    }

    [Fact]
    public async Task Workspace_the_user_does_not_belong_to_is_left_out_of_the_filter()
    {
        // Arrange
        var seeded = await SeedAsync();

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(
            WorkspacesByIdsQuery, new { ids = new[] { seeded.ForeignWorkspaceId, seeded.Tenant.WorkspaceId } });

        // Assert
        Assert.Equal([seeded.Tenant.WorkspaceId], Ids(response.AssertData()));
    }

    [Fact]
    public async Task Null_workspace_ids_add_no_condition()
    {
        // Arrange
        var seeded = await SeedAsync();

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(WorkspacesByIdsQuery, new { ids = (string[]?)null });

        // Assert
        Assert.Equal([seeded.EarlierWorkspaceId, seeded.Tenant.WorkspaceId], Ids(response.AssertData()));
    }

    /// <summary>
    /// A tenant whose user also belongs to a workspace created a day before the tenant's own, and a
    /// workspace of the same tenant's era that the user is not a member of.
    /// </summary>
    private async Task<Seeded> SeedAsync()
    {
        var tenant = await server.CreateTenantAsync();
        var earlier = NewWorkspace(Tenant.Epoch.AddDays(-1));
        var foreign = NewWorkspace(Tenant.Epoch.AddDays(-2));
        await server.SeedAsync(db =>
        {
            db.Workspaces.AddRange(earlier, foreign);
            db.WorkspaceMemberships.Add(new WorkspaceMembership { UserId = tenant.UserId, WorkspaceId = earlier.Id, CreatedAt = Tenant.Epoch });
        });
        return new Seeded(tenant, earlier.Id, foreign.Id);
    }

    private static Workspace NewWorkspace(DateTime createdAt) => Tenant.NewWorkspace(TestIds.New("workspace"), createdAt);

    private static string[] Ids(JsonNode data) => IdList.Read(data["me"]!["workspaces"]);

    private sealed record Seeded(Tenant Tenant, string EarlierWorkspaceId, string ForeignWorkspaceId);
}
