using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Artifacts;

/// <summary>Setup and row counts shared by the createJobWorkArtifacts tests.</summary>
public static class ArtifactWrites
{
    /// <summary>A new tenant with a job holding one job work (externalId client-12345), made through the API.</summary>
    public static async Task<(PartnerApi Api, string JobId, string JobWorkId)> NewJobWorkAsync(this ServerFixture server)
    {
        var tenant = await server.CreateTenantAsync();
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        var jobId = await api.NewJobAsync();
        var jobWorks = await api.NewJobWorksAsync(jobId, "client-12345");
        return (api, jobId, jobWorks[0]);
    }

    public static Task<int> JobArtifactCountAsync(this ServerFixture server, Tenant tenant, string jobWorkId)
        => server.ReadAsync(db => db.JobArtifacts.CountAsync(ja => ja.WorkspaceId == tenant.WorkspaceId && ja.JobWorkId == jobWorkId));
}
