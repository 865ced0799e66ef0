using JobGraph.Server.Connections;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Connections;

/// <summary>
/// A new tenant's canopy/active connection (at the epoch), then taxdome/pending, google_drive/active and
/// drake/failed, one minute apart; updatedAt runs the other way round.
/// </summary>
public sealed record FourConnections(Tenant Tenant, ProviderConnection[] Rows)
{
    public string Canopy => Rows[0].Id;

    public string TaxDome => Rows[1].Id;

    public string GoogleDrive => Rows[2].Id;

    public string Drake => Rows[3].Id;

    public string[] InCreationOrder => [Canopy, TaxDome, GoogleDrive, Drake];

    /// <summary>Seeds a new tenant with the three further connections.</summary>
    public static async Task<FourConnections> SeedAsync(ServerFixture server)
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
}
