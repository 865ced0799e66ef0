using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>Empty lists, unknown values and nulls in connections' filters: what they match, and that none is an error.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionFilterEdgeCasesTests(ServerFixture server)
{
    [Theory]
    [InlineData("ids")]
    [InlineData("statuses")]
    [InlineData("providerKeys")]
    [InlineData("categories")]
    public async Task Empty_filter_list_matches_nothing(string field)
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = Array.Empty<string>() });

        // Assert
        Assert.Empty(ids);
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("statuses")]
    [InlineData("providerKeys")]
    [InlineData("categories")]
    public async Task Unknown_value_returns_no_connections_and_no_error(string field)
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = new[] { TestIds.New("unknown") } });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Null_filter_fields_add_no_condition()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new
        {
            ids = (string[]?)null,
            statuses = (string[]?)null,
            providerKeys = (string[]?)null,
            categories = StringList.Of("practice_management"),
        });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.TaxDome], ids);
    }

    [Fact]
    public async Task Empty_filters_object_returns_every_connection()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new { });

        // Assert
        Assert.Equal(seeded.InCreationOrder, ids);
    }
}
