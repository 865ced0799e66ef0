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

    /// <summary>The job works of <paramref name="jobId"/> in the tenant's workspace.</summary>
    public static Task<int> JobWorkCountAsync(this ServerFixture server, Tenant tenant, string jobId)
        => server.ReadAsync(db => db.JobWorks.CountAsync(jw => jw.WorkspaceId == tenant.WorkspaceId && jw.ConnectionJobId == jobId));

    /// <summary>The job artifacts of <paramref name="jobWorkId"/> in the tenant's workspace.</summary>
    public static Task<int> JobArtifactCountAsync(this ServerFixture server, Tenant tenant, string jobWorkId)
        => server.ReadAsync(db => db.JobArtifacts.CountAsync(ja => ja.WorkspaceId == tenant.WorkspaceId && ja.JobWorkId == jobWorkId));
}
