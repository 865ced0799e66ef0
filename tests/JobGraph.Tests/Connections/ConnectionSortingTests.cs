using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>The order of connections: creation order by default, and every documented sortBy field with ties by id.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionSortingTests(ServerFixture server)
{
    [Fact]
    public async Task Omitted_arguments_return_every_connection_in_creation_order()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);
        const string query = """
            query AllConnections($workspaceId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections { id } } }
            }
            """;

        // Act
        var response = await server.Client(seeded.Tenant.Token).PostAsync(query, new { workspaceId = seeded.Tenant.WorkspaceId });

        // Assert
        Assert.Equal(seeded.InCreationOrder, IdList.Read(MeTree.Connections(response.AssertData())));
    }

    [Fact]
    public async Task Sort_by_provider_key_descending_orders_connections_by_provider_key()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, sortBy: new { field = "providerKey", direction = "desc" });

        // Assert
        Assert.Equal([seeded.TaxDome, seeded.GoogleDrive, seeded.Drake, seeded.Canopy], ids);
    }

    [Fact]
    public async Task Sort_by_created_at_descending_reverses_creation_order()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction = "DESC" });

        // Assert
        Assert.Equal(seeded.InCreationOrder.AsEnumerable().Reverse(), ids);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("createdAt")]
    [InlineData("updatedAt")]
    [InlineData("providerKey")]
    [InlineData("status")]
    [InlineData("displayName")]
    public async Task Every_documented_sort_field_orders_ascending_with_ties_by_id(string field)
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);
        var expected = field switch
        {
            "id" => seeded.Rows.OrderBy(c => c.Id, StringComparer.Ordinal),
            "createdAt" => seeded.Rows.OrderBy(c => c.CreatedAt),
            "updatedAt" => seeded.Rows.OrderBy(c => c.UpdatedAt),
            "providerKey" => seeded.Rows.OrderBy(c => c.ProviderKey, StringComparer.Ordinal),
            "status" => seeded.Rows.OrderBy(c => c.Status, StringComparer.Ordinal),
            _ => seeded.Rows.OrderBy(c => c.DisplayName, StringComparer.Ordinal),
        };

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, sortBy: new { field });

        // Assert
        Assert.Equal(expected.ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id), ids);
    }
}
