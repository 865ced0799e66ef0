using JobGraph.Server.Works;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>
/// Two jobs on a new tenant's connection. The first (at the epoch) holds job works 0 (the shared work) and 1; the
/// second (an hour later) holds job works 2 (the shared work again) and 3. Creation order is 0, 1, 2, 3.
/// </summary>
public sealed record TwoJobs(Tenant Tenant, string FirstJobId, string SecondJobId, string SharedWorkId, JobWork[] Rows)
{
    /// <summary>The job works' ids in creation order.</summary>
    public string[] JobWorks { get; } = Rows.Select(jw => jw.Id).ToArray();

    /// <summary>Seeds a new tenant with the two jobs.</summary>
    public static async Task<TwoJobs> SeedAsync(ServerFixture server)
    {
        var tenant = await server.CreateTenantAsync();
        var first = new JobSeed(tenant);
        var shared = first.AddJobWork();
        first.AddJobWork();
        var second = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(1));
        second.AddJobWork(first.Works[0]);
        second.AddJobWork();
        await server.SeedAsync(db =>
        {
            first.AddTo(db);
            second.AddTo(db);
        });
        var rows = first.JobWorks.Concat(second.JobWorks).ToArray();
        return new TwoJobs(tenant, first.Job.Id, second.Job.Id, shared.WorkId, rows);
    }
}
