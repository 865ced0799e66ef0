namespace JobGraph.Tests.Fixtures;

/// <summary>Starting points for write-path tests, made through the API as a partner would.</summary>
public static class PartnerSetup
{
    /// <summary>A new tenant with an empty connection job on its connection.</summary>
    public static async Task<(PartnerApi Api, string JobId)> NewJobAsync(this ServerFixture server)
    {
        var tenant = await server.CreateTenantAsync();
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        return (api, await api.NewJobAsync());
    }

    /// <summary>A new tenant with a connection job holding one job work (externalId client-12345).</summary>
    public static async Task<(PartnerApi Api, string JobId, string JobWorkId)> NewJobWorkAsync(this ServerFixture server)
    {
        var (api, jobId) = await server.NewJobAsync();
        var jobWorks = await api.NewJobWorksAsync(jobId, "client-12345");
        return (api, jobId, jobWorks[0]);
    }
}
