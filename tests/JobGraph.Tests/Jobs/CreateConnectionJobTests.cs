using JobGraph.Server;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

[Collection(ServerCollection.Name)]
public sealed class CreateConnectionJobTests(ServerFixture server)
{
    [Fact]
    public async Task Documented_operation_creates_a_pending_job_on_the_callers_connection()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var api = new PartnerApi(server.Client(tenant.Token), tenant);

        // Act
        var response = await api.CreateJobAsync(jobName: "2024 Tax Season Import");

        // Assert
        var job = response.AssertData()["createConnectionJob"]!;
        Assert.Matches("^job_[0-9a-f]{32}$", (string)job["id"]!);
        Assert.Equal(tenant.ConnectionId, (string)job["connectionId"]!);
        Assert.Equal(tenant.WorkspaceId, (string)job["workspaceId"]!);
        Assert.Equal("2024 Tax Season Import", (string)job["name"]!);
        Assert.Equal("pending", (string)job["status"]!);
        Assert.Equal((string)job["createdAt"]!, (string)job["updatedAt"]!);
        var listed = await api.JobAsync((string)job["id"]!);
        Assert.Equal("pending", (string)listed["status"]!);
        Assert.Equal(0, (int)listed["progress"]!["totalSteps"]!);
    }

    [Fact]
    public async Task Guide_copy_of_the_operation_runs_verbatim()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var query = Operations.Read("CreateConnectionJob.guide.graphql");

        // Act
        var response = await server.Client(tenant.Token).PostAsync(query, new { connectionId = tenant.ConnectionId, jobName = "Q1 Client Batch" });

        // Assert
        Assert.Equal("Q1 Client Batch", (string)response.AssertData()["createConnectionJob"]!["name"]!);
    }

    [Fact]
    public async Task Another_tenants_connection_gets_the_same_not_found_answer_as_an_unknown_one()
    {
        // Arrange
        var owner = await server.CreateTenantAsync();
        var caller = await server.CreateTenantAsync();
        var api = new PartnerApi(server.Client(caller.Token), caller);
        var unknownId = TestIds.New("connection");

        // Act
        var foreign = await api.CreateJobAsync(owner.ConnectionId);
        var unknown = await api.CreateJobAsync(unknownId);

        // Assert
        NotFoundAnswer.AssertSame(foreign, owner.ConnectionId, unknown, unknownId);
        Assert.Null(foreign.Data);
        Assert.Empty(await server.ConnectionJobIdsAsync(owner));
    }

    [Theory]
    [InlineData(' ', 0)]
    [InlineData(' ', 3)]
    [InlineData('x', 257)]
    public async Task Blank_or_overlong_job_name_is_bad_user_input(char fill, int length)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var api = new PartnerApi(server.Client(tenant.Token), tenant);

        // Act
        var response = await api.CreateJobAsync(jobName: new string(fill, length));

        // Assert
        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.Empty(await server.ConnectionJobIdsAsync(tenant));
    }
}
