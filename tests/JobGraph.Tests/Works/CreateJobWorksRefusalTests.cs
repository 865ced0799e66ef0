using JobGraph.Server;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Works;
/// <summary>createJobWorks refuses what it cannot reach, take or add to, and then writes nothing.</summary>
[Collection(ServerCollection.Name)]
public sealed class CreateJobWorksRefusalTests(ServerFixture server)
{
    [Fact]
    public async Task Another_tenants_job_gets_the_same_not_found_answer_as_an_unknown_one()
    {
        // Arrange
        var (owner, ownerJob) = await server.NewJobAsync();
        var (caller, _) = await server.NewJobAsync();
        var unknownId = TestIds.New("job");

        // Act
        var foreign = await caller.CreateWorksAsync(ownerJob, PartnerApi.Work("client-1"));
        var unknown = await caller.CreateWorksAsync(unknownId, PartnerApi.Work("client-1"));

        // Assert
        NotFoundAnswer.AssertSame(foreign, ownerJob, unknown, unknownId);
        Assert.Equal(0, await server.JobWorkCountAsync(owner.Tenant, ownerJob));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task Empty_or_oversize_batch_is_bad_user_input_and_says_the_limit(int count)
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();

        // Act
        var response = await api.CreateWorksAsync(jobId, [.. Enumerable.Range(0, count).Select(i => PartnerApi.Work($"client-{i}"))]);

        // Assert
        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.Contains("500", (string)response.Errors![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, await server.JobWorkCountAsync(api.Tenant, jobId));
    }

    [Theory]
    [InlineData("", "client-3")]
    [InlineData("Client 3", " ")]
    [InlineData("Client 3", "client-1")]
    public async Task A_batch_whose_third_input_is_bad_creates_nothing(string name, string externalId)
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();

        // Act
        var response = await api.CreateWorksAsync(jobId, PartnerApi.Work("client-1"), PartnerApi.Work("client-2"), new { name, externalId });

        // Assert
        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.Contains("inputs[2]", (string)response.Errors![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, await server.JobWorkCountAsync(api.Tenant, jobId));
        Assert.Equal(0, await server.ReadAsync(db => db.Works.CountAsync(w => w.ConnectionId == api.Tenant.ConnectionId)));
    }

    [Fact]
    public async Task New_works_on_a_job_whose_import_started_conflict_but_a_repeat_still_answers()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        var existing = await api.NewJobWorksAsync(jobId, "client-1");
        (await api.InitiateAsync(jobId)).AssertData();

        // Act
        var added = await api.CreateWorksAsync(jobId, PartnerApi.Work("client-1"), PartnerApi.Work("client-2"));
        var repeated = await api.NewJobWorksAsync(jobId, "client-1");

        // Assert
        Assert.Equal([ErrorCodes.Conflict], added.ErrorCodes);
        Assert.Equal(existing, repeated);
        Assert.Equal(1, await server.JobWorkCountAsync(api.Tenant, jobId));
    }

    [Fact]
    public async Task New_works_on_a_cancelled_job_conflict()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        (await api.CancelAsync(jobId)).AssertData();

        // Act
        var response = await api.CreateWorksAsync(jobId, PartnerApi.Work("client-1"));

        // Assert
        Assert.Equal([ErrorCodes.Conflict], response.ErrorCodes);
        Assert.Equal(0, await server.JobWorkCountAsync(api.Tenant, jobId));
    }
}
