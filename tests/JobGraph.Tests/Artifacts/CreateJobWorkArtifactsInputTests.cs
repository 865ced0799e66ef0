using JobGraph.Server;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Artifacts;

/// <summary>createJobWorkArtifacts refuses a target it cannot reach and inputs it cannot take, and then writes nothing.</summary>
[Collection(ServerCollection.Name)]
public sealed class CreateJobWorkArtifactsInputTests(ServerFixture server)
{
    [Fact]
    public async Task Another_tenants_job_work_gets_the_same_not_found_answer_as_an_unknown_one()
    {
        // Arrange
        var (owner, _, ownerJobWork) = await server.NewJobWorkAsync();
        var (caller, _, _) = await server.NewJobWorkAsync();
        var unknownId = TestIds.New("job_work");

        // Act
        var foreign = await caller.CreateArtifactsAsync(ownerJobWork, PartnerApi.Artifact("file-1"));
        var unknown = await caller.CreateArtifactsAsync(unknownId, PartnerApi.Artifact("file-1"));

        // Assert
        NotFoundAnswer.AssertSame(foreign, ownerJobWork, unknown, unknownId);
        Assert.Equal(0, await server.JobArtifactCountAsync(owner.Tenant, ownerJobWork));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task Empty_or_oversize_batch_is_bad_user_input_and_says_the_limit(int count)
    {
        // Arrange
        var (api, _, jobWorkId) = await server.NewJobWorkAsync();

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, [.. Enumerable.Range(0, count).Select(i => PartnerApi.Artifact($"file-{i}"))]);

        // Assert
        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.Contains("500", (string)response.Errors![0]!["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://files.example.test/w2.pdf")]
    [InlineData("files/w2.pdf")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public async Task Malformed_url_is_bad_user_input_naming_the_input(string url)
    {
        // Arrange
        var (api, _, jobWorkId) = await server.NewJobWorkAsync();

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2", url));

        // Assert
        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.Contains("inputs[1].url", (string)response.Errors![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, await server.JobArtifactCountAsync(api.Tenant, jobWorkId));
    }

    public static TheoryData<string, object> BadThirdInputs => new()
    {
        { "blank name", new { name = " ", type = "w2", externalId = "file-3" } },
        { "blank type", new { name = "File 3", type = "", externalId = "file-3" } },
        { "blank externalId", new { name = "File 3", type = "w2", externalId = "" } },
        { "duplicate externalId", new { name = "File 3", type = "w2", externalId = "file-1" } },
        { "metadata string", new { name = "File 3", type = "w2", externalId = "file-3", metadata = "{\"pages\":2}" } },
        { "metadata array", new { name = "File 3", type = "w2", externalId = "file-3", metadata = new List<int> { 1, 2 } } },
        { "metadata number", new { name = "File 3", type = "w2", externalId = "file-3", metadata = 2 } },
    };

    [Theory]
    [MemberData(nameof(BadThirdInputs))]
    public async Task A_batch_whose_third_input_is_bad_creates_nothing(string why, object third)
    {
        // Arrange
        var (api, _, jobWorkId) = await server.NewJobWorkAsync();

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2"), third);

        // Assert
        Assert.True(response.ErrorCodes.SequenceEqual([ErrorCodes.BadUserInput]), $"{why}: {response.Text}");
        Assert.Contains("inputs[2]", (string)response.Errors![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, await server.JobArtifactCountAsync(api.Tenant, jobWorkId));
        Assert.Equal(0, await server.ReadAsync(db => db.WorkArtifacts.CountAsync(a => a.WorkspaceId == api.Tenant.WorkspaceId)));
    }
}
