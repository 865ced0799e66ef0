using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>A connection's provider: its name and category, looked up by the connection's provider key.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionProviderTests(ServerFixture server)
{
    [Fact]
    public async Task Provider_gives_each_connection_its_provider_name_and_category()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);
        const string query = """
            query ConnectionProviders($workspaceId: ID!) {
              me {
                workspaces(filters: { ids: [$workspaceId] }) {
                  connections { id providerKey provider { name category } }
                }
              }
            }
            """;

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(query, new { workspaceId = seeded.Tenant.WorkspaceId });

        // Assert
        var expected = new JsonArray(
            Provided(seeded.Canopy, "canopy", "Canopy", "practice_management"),
            Provided(seeded.TaxDome, "taxdome", "TaxDome", "practice_management"),
            Provided(seeded.GoogleDrive, "google_drive", "Google Drive", "document_management"),
            Provided(seeded.Drake, "drake", "Drake Tax", "tax_software"));
        Assert.Equal(expected.ToJsonString(), MeTree.Connections(response.AssertData()).ToJsonString());
    }

    private static JsonObject Provided(string id, string providerKey, string name, string category) => new()
    {
        ["id"] = id,
        ["providerKey"] = providerKey,
        ["provider"] = new JsonObject { ["name"] = name, ["category"] = category },
    };
}
