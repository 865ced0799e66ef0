using System.Text.Json.Nodes;
using JobGraph.Server.Workspaces;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>connections' limit and offset: a page per workspace, after sorting and after filtering.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionPagingTests(ServerFixture server)
{
    [Fact]
    public async Task Limit_and_offset_apply_to_each_workspace_separately()
    {
        // Arrange
        var seeded = await SeedTwoWorkspacesAsync();
        const string query = """
            query ConnectionPagesPerWorkspace($ids: [ID!]) {
              me {
                workspaces(filters: { ids: $ids }) {
                  id
                  firstTwo: connections(limit: 2) { id }
                  nextTwo: connections(limit: 2, offset: 1) { id }
                  afterTwo: connections(offset: 2) { id }
                  pastTheEnd: connections(offset: 3) { id }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(query, new { ids = new[] { seeded.Tenant.WorkspaceId, seeded.SecondWorkspaceId } });

        // Assert
        var (first, second) = (seeded.First, seeded.Second);
        var expected = new JsonObject
        {
            ["me"] = new JsonObject
            {
                ["workspaces"] = new JsonArray(
                    new JsonObject
                    {
                        ["id"] = seeded.Tenant.WorkspaceId,
                        ["firstTwo"] = IdList.Of(first[0], first[1]),
                        ["nextTwo"] = IdList.Of(first[1], first[2]),
                        ["afterTwo"] = IdList.Of(first[2]),
                        ["pastTheEnd"] = IdList.Of(),
                    },
                    new JsonObject
                    {
                        ["id"] = seeded.SecondWorkspaceId,
                        ["firstTwo"] = IdList.Of(second[0], second[1]),
                        ["nextTwo"] = IdList.Of(second[1], second[2]),
                        ["afterTwo"] = IdList.Of(second[2]),
                        ["pastTheEnd"] = IdList.Of(),
                    }),
            },
        };
        Assert.Equal(expected.ToJsonString(), response.AssertData().ToJsonString());
    }

    [Fact]
    public async Task Limit_takes_the_newest_connection_of_each_workspace_when_sorted_descending()
    {
        // Arrange
        var seeded = await SeedTwoWorkspacesAsync();
        const string query = """
            query NewestConnectionPerWorkspace($ids: [ID!]) {
              me {
                workspaces(filters: { ids: $ids }) {
                  connections(limit: 1, sortBy: { field: "createdAt", direction: "desc" }) { id }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(query, new { ids = new[] { seeded.Tenant.WorkspaceId, seeded.SecondWorkspaceId } });

        // Assert
        var workspaces = response.AssertData()["me"]!["workspaces"]!.AsArray();
        Assert.Equal(2, workspaces.Count);
        Assert.Equal([seeded.First[2]], IdList.Read(workspaces[0]!["connections"]));
        Assert.Equal([seeded.Second[2]], IdList.Read(workspaces[1]!["connections"]));
    }

    [Fact]
    public async Task Limit_applies_after_the_filters()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new { statuses = StringList.Of("active", "failed") }, limit: 2, offset: 1);

        // Assert
        Assert.Equal([seeded.GoogleDrive, seeded.Drake], ids);
    }

    /// <summary>The tenant's user is a member of a second workspace; each workspace has three connections.</summary>
    private async Task<TwoWorkspaces> SeedTwoWorkspacesAsync()
    {
        var tenant = await server.CreateTenantAsync();
        var other = tenant with { WorkspaceId = TestIds.New("workspace") };
        var at = Tenant.Epoch.AddDays(1);
        var first = new[] { tenant.ConnectionId, TestIds.New("connection"), TestIds.New("connection") };
        var second = new[] { TestIds.New("connection"), TestIds.New("connection"), TestIds.New("connection") };
        await server.SeedAsync(db =>
        {
            db.Workspaces.Add(Tenant.NewWorkspace(other.WorkspaceId, at, "Second workspace"));
            db.WorkspaceMemberships.Add(new WorkspaceMembership { UserId = tenant.UserId, WorkspaceId = other.WorkspaceId, CreatedAt = at });
            db.Connections.Add(tenant.Connection(first[1], "taxdome", "active", Tenant.Epoch.AddMinutes(1)));
            db.Connections.Add(tenant.Connection(first[2], "drake", "active", Tenant.Epoch.AddMinutes(2)));
            // Created in between the first workspace's, so a limit over both workspaces at once would mix them.
            db.Connections.Add(other.Connection(second[0], "canopy", "active", Tenant.Epoch.AddSeconds(30)));
            db.Connections.Add(other.Connection(second[1], "google_drive", "active", Tenant.Epoch.AddSeconds(90)));
            db.Connections.Add(other.Connection(second[2], "drake", "active", Tenant.Epoch.AddSeconds(150)));
        });
        return new TwoWorkspaces(tenant, other.WorkspaceId, first, second);
    }

    private sealed record TwoWorkspaces(Tenant Tenant, string SecondWorkspaceId, string[] First, string[] Second);
}
