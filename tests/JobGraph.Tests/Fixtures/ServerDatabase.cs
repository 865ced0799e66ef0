using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Fixtures;

/// <summary>Reads of the server's own database, for asserting what a call wrote (or did not).</summary>
public static class ServerDatabase
{
    public static async Task<T> ReadAsync<T>(this ServerFixture server, Func<JobGraphDbContext, Task<T>> read)
    {
        var factory = server.Factory.Services.GetRequiredService<IDbContextFactory<JobGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await read(db);
    }
}
