using JobGraph.Server.Data;
using JobGraph.Server.Works;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Data;

/// <summary>
/// The unit of work every mutation runs in, on the server's own database. Through HTTP, SQLite serializes writers, so
/// the race these tests stage (a read that misses a row another call is about to commit) cannot be timed there.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class WriteTransactionTests(ServerFixture server)
{
    [Fact]
    public async Task A_unique_index_refusal_runs_the_unit_again_which_then_returns_the_winners_row()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var winner = NewWork(tenant, "client-1");
        await server.SeedAsync(db => db.Works.Add(winner));
        var attempts = 0;

        // Act
        var id = await WriteTransaction.RunAsync(Factory, async db =>
        {
            // The first attempt behaves like a call whose read ran before the winner committed.
            var existing = ++attempts == 1 ? null
                : await db.Works.SingleOrDefaultAsync(w => w.ConnectionId == tenant.ConnectionId && w.ExternalId == "client-1");
            if (existing is not null)
            {
                return existing.Id;
            }

            var loser = NewWork(tenant, "client-1");
            db.Works.Add(loser);
            await db.SaveChangesAsync();
            return loser.Id;
        }, CancellationToken.None);

        // Assert
        Assert.Equal(winner.Id, id);
        Assert.Equal(2, attempts);
        Assert.Equal(1, await server.ReadAsync(db => db.Works.CountAsync(w => w.ConnectionId == tenant.ConnectionId)));
    }

    [Fact]
    public async Task A_second_refusal_fails_the_call()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        await server.SeedAsync(db => db.Works.Add(NewWork(tenant, "client-1")));
        var attempts = 0;

        // Act
        var failure = await Record.ExceptionAsync(() => WriteTransaction.RunAsync(Factory, async db =>
        {
            attempts++;
            db.Works.Add(NewWork(tenant, "client-1"));
            return await db.SaveChangesAsync();
        }, CancellationToken.None));

        // Assert
        Assert.IsType<DbUpdateException>(failure);
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_unit_that_fails_after_saving_leaves_nothing_behind()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();

        // Act
        var failure = await Record.ExceptionAsync(() => WriteTransaction.RunAsync<int>(Factory, async db =>
        {
            db.Works.Add(NewWork(tenant, "client-1"));
            await db.SaveChangesAsync();
            throw new InvalidOperationException("refused after the first write");
        }, CancellationToken.None));

        // Assert
        Assert.IsType<InvalidOperationException>(failure);
        Assert.Equal(0, await server.ReadAsync(db => db.Works.CountAsync(w => w.ConnectionId == tenant.ConnectionId)));
    }

    private IDbContextFactory<JobGraphDbContext> Factory => server.Factory.Services.GetRequiredService<IDbContextFactory<JobGraphDbContext>>();

    private static Work NewWork(Tenant tenant, string externalId) => new()
    {
        Id = TestIds.New("work"),
        WorkspaceId = tenant.WorkspaceId,
        ConnectionId = tenant.ConnectionId,
        Name = "Client " + externalId,
        ExternalId = externalId,
        CreatedAt = Tenant.Epoch,
        UpdatedAt = Tenant.Epoch,
    };
}
