using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Works;
/// <summary>createJobWorks: the documented operation, idempotent and racing repeats, works reused across jobs.</summary>
[Collection(ServerCollection.Name)]
public sealed class CreateJobWorksTests(ServerFixture server)
{
    private const string JobWorksOfJob = """
        query JobWorksOfJob($workspaceId: ID!, $connectionId: ID!, $jobId: ID!) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                jobWorks(filters: { connectionJobIds: [$jobId] }) { id workId work { name externalId status } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Documented_operation_attaches_the_works_in_input_order()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();

        // Act
        var response = await api.CreateWorksAsync(jobId,
            PartnerApi.Work("client-12345", "John Smith - 2024 Tax Return"),
            PartnerApi.Work("client-67890", "Jane Doe - 2024 Tax Return"));

        // Assert
        var created = response.AssertData()["createJobWorks"]!.AsArray();
        Assert.Equal(2, created.Count);
        foreach (var jobWork in created)
        {
            Assert.Matches("^job_work_[0-9a-f]{32}$", (string)jobWork!["id"]!);
            Assert.Matches("^work_[0-9a-f]{32}$", (string)jobWork["workId"]!);
            Assert.Equal(api.Tenant.WorkspaceId, (string)jobWork["workspaceId"]!);
            Assert.Equal(jobId, (string)jobWork["connectionJobId"]!);
        }

        var listed = await api.Client.PostAsync(JobWorksOfJob, new { workspaceId = api.Tenant.WorkspaceId, connectionId = api.Tenant.ConnectionId, jobId });
        var works = MeTree.FirstConnection(listed.AssertData())["jobWorks"]!.AsArray()
            .Select(jw => $"{jw!["id"]} {jw["work"]!["externalId"]} {jw["work"]!["name"]} {jw["work"]!["status"]}");
        Assert.Equal(
            [
                $"{created[0]!["id"]} client-12345 John Smith - 2024 Tax Return pending",
                $"{created[1]!["id"]} client-67890 Jane Doe - 2024 Tax Return pending",
            ],
            works);
    }

    [Fact]
    public async Task Repeating_the_call_returns_the_same_job_works_and_creates_nothing()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        var first = await api.NewJobWorksAsync(jobId, "client-a", "client-b");

        // Act
        var again = await api.NewJobWorksAsync(jobId, "client-b", "client-a", "client-c");

        // Assert
        Assert.Equal(first[1], again[0]);
        Assert.Equal(first[0], again[1]);
        Assert.DoesNotContain(again[2], first);
        Assert.Equal(3, await server.JobWorkCountAsync(api.Tenant, jobId));
    }

    [Fact]
    public async Task A_work_from_an_earlier_job_on_the_connection_is_reused_and_linked()
    {
        // Arrange
        var (api, firstJob) = await server.NewJobAsync();
        var secondJob = await api.NewJobAsync();
        var firstResponse = await api.CreateWorksAsync(firstJob, PartnerApi.Work("client-12345"));

        // Act
        var secondResponse = await api.CreateWorksAsync(secondJob, PartnerApi.Work("client-12345"));

        // Assert
        var earlier = firstResponse.AssertData()["createJobWorks"]![0]!;
        var later = secondResponse.AssertData()["createJobWorks"]![0]!;
        Assert.NotEqual((string)earlier["id"]!, (string)later["id"]!);
        Assert.Equal((string)earlier["workId"]!, (string)later["workId"]!);
        Assert.Equal(secondJob, (string)later["connectionJobId"]!);
        var works = await server.ReadAsync(db => db.Works.CountAsync(w => w.ConnectionId == api.Tenant.ConnectionId));
        Assert.Equal(1, works);
    }

    [Fact]
    public async Task Identical_calls_racing_each_other_all_succeed_with_one_set_of_rows()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        var inputs = Enumerable.Range(1, 20).Select(i => PartnerApi.Work($"client-{i}")).ToArray();

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.CreateWorksAsync(jobId, inputs)));

        // Assert
        var ids = responses.Select(r => string.Join(",", IdList.Read(r.AssertData()["createJobWorks"]))).Distinct().ToList();
        Assert.Single(ids);
        Assert.Equal(20, await server.JobWorkCountAsync(api.Tenant, jobId));
    }

    [Fact]
    public async Task Largest_allowed_batch_is_accepted()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();

        // Act
        var response = await api.CreateWorksAsync(jobId, [.. Enumerable.Range(0, 500).Select(i => PartnerApi.Work($"client-{i}"))]);

        // Assert
        Assert.Equal(500, response.AssertData()["createJobWorks"]!.AsArray().Count);
    }
}
