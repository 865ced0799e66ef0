using System.Text.Json.Nodes;
using JobGraph.Server.Connections;
using JobGraph.Server.Workspaces;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

[Collection(ServerCollection.Name)]
public sealed class ConnectionFiltersTests(ServerFixture server)
{
    private const string ConnectionsQuery = """
        query WorkspaceConnections($workspaceId: ID!, $filters: ConnectionFilters, $limit: Int, $offset: Int, $sortBy: SortBy) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: $filters, limit: $limit, offset: $offset, sortBy: $sortBy) { id }
            }
          }
        }
        """;

    [Fact]
    public async Task Connection_ids_filter_returns_only_those_connections()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new { ids = new[] { seeded.Drake, seeded.Canopy } });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.Drake], ids);
    }

    [Fact]
    public async Task Statuses_filter_returns_connections_with_any_of_those_statuses()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var active = await ConnectionIdsAsync(seeded.Tenant, new { statuses = Values("active") });
        var activeOrFailed = await ConnectionIdsAsync(seeded.Tenant, new { statuses = Values("failed", "active") });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.GoogleDrive], active);
        Assert.Equal([seeded.Canopy, seeded.GoogleDrive, seeded.Drake], activeOrFailed);
    }

    [Fact]
    public async Task Provider_keys_filter_returns_connections_of_those_providers()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new { providerKeys = Values("drake", "taxdome") });

        // Assert
        Assert.Equal([seeded.TaxDome, seeded.Drake], ids);
    }

    [Fact]
    public async Task Categories_filter_returns_connections_whose_provider_has_that_category()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var practiceManagement = await ConnectionIdsAsync(seeded.Tenant, new { categories = Values("practice_management") });
        var documentManagement = await ConnectionIdsAsync(seeded.Tenant, new { categories = Values("document_management") });
        var taxSoftware = await ConnectionIdsAsync(seeded.Tenant, new { categories = Values("tax_software") });
        var documentOrTax = await ConnectionIdsAsync(seeded.Tenant, new { categories = Values("tax_software", "document_management") });

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
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new { categories = Values("practice_management"), statuses = Values("active") });

        // Assert
        Assert.Equal([seeded.Canopy], ids);
    }

    [Fact]
    public async Task Ids_and_provider_keys_must_both_match()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new { ids = new[] { seeded.Canopy, seeded.TaxDome }, providerKeys = Values("taxdome", "drake") });

        // Assert
        Assert.Equal([seeded.TaxDome], ids);
    }

    [Fact]
    public async Task Filters_that_exclude_each_other_match_nothing()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new { providerKeys = Values("drake"), statuses = Values("active") });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task All_four_filters_together_narrow_to_their_intersection()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new
        {
            ids = new[] { seeded.Canopy, seeded.TaxDome, seeded.GoogleDrive },
            statuses = Values("active", "pending"),
            providerKeys = Values("canopy", "taxdome", "drake"),
            categories = Values("practice_management", "tax_software"),
        });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.TaxDome], ids);
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("statuses")]
    [InlineData("providerKeys")]
    [InlineData("categories")]
    public async Task Empty_filter_list_matches_nothing(string field)
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = Array.Empty<string>() });

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
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new Dictionary<string, object?> { [field] = new[] { TestIds.New("unknown") } });

        // Assert
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Null_filter_fields_add_no_condition()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new
        {
            ids = (string[]?)null,
            statuses = (string[]?)null,
            providerKeys = (string[]?)null,
            categories = Values("practice_management"),
        });

        // Assert
        Assert.Equal([seeded.Canopy, seeded.TaxDome], ids);
    }

    [Fact]
    public async Task Omitted_arguments_return_every_connection_in_creation_order()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();
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
    public async Task Empty_filters_object_returns_every_connection()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new { });

        // Assert
        Assert.Equal(seeded.InCreationOrder, ids);
    }

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
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, new { statuses = Values("active", "failed") }, limit: 2, offset: 1);

        // Assert
        Assert.Equal([seeded.GoogleDrive, seeded.Drake], ids);
    }

    [Fact]
    public async Task Sort_by_provider_key_descending_orders_connections_by_provider_key()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, sortBy: new { field = "providerKey", direction = "desc" });

        // Assert
        Assert.Equal([seeded.TaxDome, seeded.GoogleDrive, seeded.Drake, seeded.Canopy], ids);
    }

    [Fact]
    public async Task Sort_by_created_at_descending_reverses_creation_order()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();

        // Act
        var ids = await ConnectionIdsAsync(seeded.Tenant, sortBy: new { field = "createdAt", direction = "DESC" });

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
        var seeded = await SeedFourConnectionsAsync();
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
        var ids = await ConnectionIdsAsync(seeded.Tenant, sortBy: new { field });

        // Assert
        Assert.Equal(expected.ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id), ids);
    }

    [Theory]
    [InlineData("""sortBy: { field: "name" }""")]
    [InlineData("""sortBy: { field: "workId" }""")]
    [InlineData("""sortBy: { field: "providerKey", direction: "up" }""")]
    [InlineData("limit: -1")]
    [InlineData("offset: -1")]
    public async Task Invalid_window_argument_is_rejected_before_execution(string argument)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var query = $$"""
            query InvalidConnectionsWindow($workspaceId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections({{argument}}) { id } } }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId });

        // Assert
        response.AssertRejected("INVALID_VALUE");
    }

    [Fact]
    public async Task Provider_gives_each_connection_its_provider_name_and_category()
    {
        // Arrange
        var seeded = await SeedFourConnectionsAsync();
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

    /// <summary>
    /// The tenant's canopy/active connection (at the epoch), then taxdome/pending, google_drive/active and
    /// drake/failed, one minute apart; updatedAt runs the other way round.
    /// </summary>
    private async Task<FourConnections> SeedFourConnectionsAsync()
    {
        var tenant = await server.CreateTenantAsync();
        var rows = new[]
        {
            tenant.Connection(TestIds.New("connection"), "taxdome", "pending", Tenant.Epoch.AddMinutes(1)),
            tenant.Connection(TestIds.New("connection"), "google_drive", "active", Tenant.Epoch.AddMinutes(2)),
            tenant.Connection(TestIds.New("connection"), "drake", "failed", Tenant.Epoch.AddMinutes(3)),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i].UpdatedAt = Tenant.Epoch.AddDays(1).AddMinutes(-i);
        }

        await server.SeedAsync(db => db.Connections.AddRange(rows));
        // The tenant's own connection exactly as Tenant.AddTo stored it.
        var canopy = tenant.Connection(tenant.ConnectionId, "canopy", "active", Tenant.Epoch);
        return new FourConnections(tenant, [canopy, .. rows]);
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
            db.Workspaces.Add(new Workspace
            {
                Id = other.WorkspaceId,
                Slug = other.WorkspaceId,
                DisplayName = "Second workspace",
                Status = "active",
                Kind = WorkspaceKind.Partner,
                CreatedAt = at,
                UpdatedAt = at,
            });
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

    private async Task<string[]> ConnectionIdsAsync(Tenant tenant, object? filters = null, int? limit = null, int? offset = null, object? sortBy = null)
    {
        var variables = new { workspaceId = tenant.WorkspaceId, filters, limit, offset, sortBy };
        var response = await server.Client(tenant.Token).PostAsync(ConnectionsQuery, variables);
        return IdList.Read(MeTree.Connections(response.AssertData()));
    }

    private static string[] Values(params string[] values) => values;

    private static JsonObject Provided(string id, string providerKey, string name, string category) => new()
    {
        ["id"] = id,
        ["providerKey"] = providerKey,
        ["provider"] = new JsonObject { ["name"] = name, ["category"] = category },
    };

    private sealed record FourConnections(Tenant Tenant, ProviderConnection[] Rows)
    {
        public string Canopy => Rows[0].Id;

        public string TaxDome => Rows[1].Id;

        public string GoogleDrive => Rows[2].Id;

        public string Drake => Rows[3].Id;

        public string[] InCreationOrder => [Canopy, TaxDome, GoogleDrive, Drake];
    }

    private sealed record TwoWorkspaces(Tenant Tenant, string SecondWorkspaceId, string[] First, string[] Second);
}
