using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>Each field of connections' filters alone and together: a list matches any of its values, fields must all match.</summary>
[Collection(ServerCollection.Name)]
public sealed class ConnectionFiltersTests(ServerFixture server)
{
    [Fact]
    public async Task Connection_ids_filter_returns_only_those_connections()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new { ids = new[] { seeded.Drake, seeded.Canopy } });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.Drake], ids);
    }

    [Fact]
    public async Task Statuses_filter_returns_connections_with_any_of_those_statuses()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var active = await server.ConnectionIdsAsync(seeded.Tenant, new { statuses = StringList.Of("active") });
        var activeOrFailed = await server.ConnectionIdsAsync(seeded.Tenant, new { statuses = StringList.Of("failed", "active") });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.GoogleDrive], active);
        Assert.Equal([seeded.Canopy, seeded.GoogleDrive, seeded.Drake], activeOrFailed);
    }

    [Fact]
    public async Task Provider_keys_filter_returns_connections_of_those_providers()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new { providerKeys = StringList.Of("drake", "taxdome") });

        // Assert
        Assert.Equal([seeded.TaxDome, seeded.Drake], ids);
    }

    [Fact]
    public async Task Categories_filter_returns_connections_whose_provider_has_that_category()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var practiceManagement = await server.ConnectionIdsAsync(seeded.Tenant, new { categories = StringList.Of("practice_management") });
        var documentManagement = await server.ConnectionIdsAsync(seeded.Tenant, new { categories = StringList.Of("document_management") });
        var taxSoftware = await server.ConnectionIdsAsync(seeded.Tenant, new { categories = StringList.Of("tax_software") });
        var documentOrTax = await server.ConnectionIdsAsync(seeded.Tenant, new { categories = StringList.Of("tax_software", "document_management") });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.TaxDome], practiceManagement);
        Assert.Equal([seeded.GoogleDrive], documentManagement);
        Assert.Equal([seeded.Drake], taxSoftware);
        Assert.Equal([seeded.GoogleDrive, seeded.Drake], documentOrTax);
    }

    [Fact]
    public async Task Category_and_status_must_both_match()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new { categories = StringList.Of("practice_management"), statuses = StringList.Of("active") });

        // Assert
        Assert.Equal([seeded.Canopy], ids);
    }

    [Fact]
    public async Task Ids_and_provider_keys_must_both_match()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new { ids = new[] { seeded.Canopy, seeded.TaxDome }, providerKeys = StringList.Of("taxdome", "drake") });

        // Assert
        Assert.Equal([seeded.TaxDome], ids);
    }

    [Fact]
    public async Task Filters_that_exclude_each_other_match_nothing()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new { providerKeys = StringList.Of("drake"), statuses = StringList.Of("active") });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task All_four_filters_together_narrow_to_their_intersection()
    {
        // Arrange
        var seeded = await FourConnections.SeedAsync(server);

        // Act
        var ids = await server.ConnectionIdsAsync(seeded.Tenant, new
        {
            ids = new[] { seeded.Canopy, seeded.TaxDome, seeded.GoogleDrive },
            statuses = StringList.Of("active", "pending"),
            providerKeys = StringList.Of("canopy", "taxdome", "drake"),
            categories = StringList.Of("practice_management", "tax_software"),
        });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.TaxDome], ids);
    }
}
