using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>
/// Three jobs on a new tenant's connection, an hour apart, named Beta, Gamma and Alpha; the middle one was
/// updated last and the newest one first.
/// </summary>
public sealed record ThreeJobs(Tenant Tenant, string[] Jobs)
{
    /// <summary>Seeds a new tenant with the three jobs.</summary>
    public static async Task<ThreeJobs> SeedAsync(ServerFixture server)
    {
        var tenant = await server.CreateTenantAsync();
        string[] names = ["Beta", "Gamma", "Alpha"];
        int[] updatedAfterHours = [5, 6, 4];
        var seeds = new JobSeed[3];
        for (var i = 0; i < seeds.Length; i++)
        {
            seeds[i] = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(i));
            seeds[i].Job.Name = names[i];
            seeds[i].Job.UpdatedAt = Tenant.Epoch.AddHours(updatedAfterHours[i]);
        }

        await server.SeedAsync(db =>
        {
            foreach (var seed in seeds)
            {
                seed.AddTo(db);
            }
        });
        return new ThreeJobs(tenant, seeds.Select(s => s.Job.Id).ToArray());
    }
}
