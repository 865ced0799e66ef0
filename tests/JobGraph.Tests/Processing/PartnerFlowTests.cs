using System.Security.Cryptography;
using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Processing;

/// <summary>
/// The documented partner flow end to end, through the API only: create a job, its works and their artifacts (a file
/// URL each, served by a local file server), initiate the import, poll until every file settled, download what arrived.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class PartnerFlowTests(WorkerFixture worker)
{
    private static readonly string[] _jobStatusOrder = ["pending", "active", "failed"];

    [Fact]
    public async Task A_partner_imports_a_batch_and_sees_every_file_settle_with_its_reason_and_downloads_what_arrived()
    {
        // Arrange: two clients; the first has two good files (one slow), the second one file per way a fetch can fail.
        var tenant = await worker.Server.CreateTenantAsync();
        var api = new PartnerApi(worker.Server.Client(tenant.Token), tenant);
        var key = TestIds.New("flow");
        var jobId = await api.NewJobAsync();
        var jobWorks = await api.NewJobWorksAsync(jobId, "client-good", "client-bad");
        await api.NewArtifactsAsync(
            jobWorks[0],
            PartnerApi.Artifact("w2", worker.Files.Url($"/trickle/{key}-w2?chunks=8&delayMs=150"), new { pages = 2 }),
            PartnerApi.Artifact("scan", worker.Files.Url($"/png/{key}-scan")));
        await api.NewArtifactsAsync(
            jobWorks[1],
            PartnerApi.Artifact("missing", worker.Files.Url($"/status/404/{key}")),
            PartnerApi.Artifact("slow", worker.Files.Url($"/hang/{key}")),
            PartnerApi.Artifact("huge", worker.Files.Url($"/big/{key}")),
            PartnerApi.Artifact("private", "http://10.20.30.40/w2.pdf"),
            PartnerApi.Artifact("loop", worker.Files.Url($"/loop/{key}")),
            PartnerApi.Artifact("disguised", worker.Files.Url($"/mismatch/{key}")));
        var before = await api.JobAsync(jobId);
        var artifactsBefore = await api.ArtifactsAsync(jobWorks[1]);

        // Act
        var initiated = (await api.InitiateAsync(jobId)).AssertData()["initiateTaxPrepsImport"]!;
        var seen = new List<(string Status, int Completed)>();
        var job = await Poll.UntilAsync(
            async () =>
            {
                var state = await api.JobAsync(jobId);
                seen.Add(((string)state["status"]!, (int)state["progress"]!["completedSteps"]!));
                return state;
            },
            state => state["outcome"] is not null,
            TimeSpan.FromSeconds(60),
            "the job finishing");

        // Assert: before the import, nothing ran.
        Assert.Equal(("pending", "0/0"), ((string)before["status"]!, Progress(before)));
        Assert.All(artifactsBefore, a => Assert.Equal("pending", (string)a!["status"]!));
        Assert.Equal(10, (int)initiated["progress"]!["totalSteps"]!);

        // The job went pending → active → finished, never back, with progress only counting up, and was seen active.
        var order = seen.Select(s => Array.IndexOf(_jobStatusOrder, s.Status)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains(seen, s => s.Status == "active");
        Assert.Equal(seen.Select(s => s.Completed).Order(), seen.Select(s => s.Completed));
        Assert.Equal(("failed", "PARTIAL_SUCCESS", "10/10", (string?)null),
            ((string)job["status"]!, (string)job["outcome"]!, Progress(job), (string?)job["progress"]!["currentStep"]));

        // Every file of the bad client failed with its reason in metadata.error; none has a download link.
        var bad = await api.ArtifactsAsync(jobWorks[1]);
        Assert.Equal(
            [
                "missing failed HTTP_404 1",
                "slow failed TIMEOUT 3",
                "huge failed TOO_LARGE 1",
                "private failed URL_NOT_ALLOWED 1",
                "loop failed TOO_MANY_REDIRECTS 1",
                "disguised failed MIME_MISMATCH 1",
            ],
            bad.Select(a => $"{((string)a!["externalId"]!)} {a["status"]} {a["metadata"]!["error"]!["code"]} {a["metadata"]!["error"]!["attempts"]}"));
        Assert.All(bad, a => Assert.Null(a!["uploadedUrl"]));
        Assert.All(bad, a => Assert.False(string.IsNullOrWhiteSpace((string?)a!["metadata"]!["error"]!["message"])));

        // The good client's files completed; each downloads as the exact source bytes with the recorded SHA-256.
        var good = await api.ArtifactsAsync(jobWorks[0]);
        Assert.Equal(["w2 completed", "scan completed"], good.Select(a => $"{a!["externalId"]} {a["status"]}"));
        var sources = new[] { FileServer.Pdf($"{key}-w2"), FileServer.Png($"{key}-scan") };
        foreach (var (artifact, source) in good.Zip(sources))
        {
            var metadata = artifact!["metadata"]!;
            Assert.Equal(FileServer.Sha256(source), (string)metadata["sha256"]!);
            Assert.Equal(source.Length, (long)metadata["fileSize"]!);
            var download = await worker.Server.Factory.CreateClient().GetAsync(new Uri((string)artifact["uploadedUrl"]!).PathAndQuery);
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.Equal(200, (int)download.StatusCode);
            Assert.Equal((string)metadata["mimeType"]!, download.Content.Headers.ContentType?.MediaType);
            Assert.Equal(FileServer.Sha256(source), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        Assert.Equal("""{"pages":2,"fileSize":65536,"mimeType":"application/pdf","sha256":"x"}""",
            WithSha256Masked(good[0]!["metadata"]!));
        Assert.Equal("image/png", (string)good[1]!["metadata"]!["mimeType"]!);

        // The works: the good client imported, the bad one in error; every task finished exactly once.
        Assert.Equal(["complete", "complete", "failed", "failed", "failed", "failed", "failed", "failed", "complete", "failed"],
            job["tasks"]!.AsArray().Select(t => (string)t!["status"]!));
        Assert.Equal("imported error", await WorkStatusesAsync(api, jobWorks));
    }

    [Fact]
    public async Task Re_creating_a_failed_file_with_a_fresh_url_fetches_it_again_and_the_job_ends_successful()
    {
        // Arrange: the only file of the only client is missing at first.
        var tenant = await worker.Server.CreateTenantAsync();
        var api = new PartnerApi(worker.Server.Client(tenant.Token), tenant);
        var key = TestIds.New("retry");
        var jobId = await api.NewJobAsync();
        var jobWork = (await api.NewJobWorksAsync(jobId, "client-retry"))[0];
        await api.NewArtifactsAsync(jobWork, PartnerApi.Artifact("w2", worker.Files.Url($"/status/404/{key}")));
        (await api.InitiateAsync(jobId)).AssertData();
        var failed = await UntilFinishedAsync(api, jobId);

        // Act
        // A slow source (2 s), so the artifact is seen pending again before its new fetch ends.
        await api.NewArtifactsAsync(jobWork, PartnerApi.Artifact("w2", worker.Files.Url($"/trickle/{key}?chunks=8&delayMs=250")));
        var pendingAgain = (await api.ArtifactsAsync(jobWork))[0]!;
        var job = await Poll.UntilAsync(
            () => api.JobAsync(jobId), state => state["outcome"] is not null && (string)state["status"]! != "failed",
            TimeSpan.FromSeconds(30), "the re-fetch finishing");

        // Assert
        Assert.Equal(("failed", "FAILURE"), ((string)failed["status"]!, (string)failed["outcome"]!));
        Assert.Equal("pending", (string)pendingAgain["status"]!);
        Assert.Equal(("completed", "SUCCESS", "2/2"), ((string)job["status"]!, (string)job["outcome"]!, Progress(job)));
        var artifact = (await api.ArtifactsAsync(jobWork))[0]!;
        Assert.Equal(("completed", FileServer.Sha256(FileServer.Pdf(key))), ((string)artifact["status"]!, (string)artifact["metadata"]!["sha256"]!));
        Assert.Null(artifact["metadata"]!["error"]);
        Assert.Equal("imported", await WorkStatusesAsync(api, [jobWork]));
        Assert.Equal(4, job["tasks"]!.AsArray().Count);
    }

    private static Task<JsonNode> UntilFinishedAsync(PartnerApi api, string jobId)
        => Poll.UntilAsync(() => api.JobAsync(jobId), state => state["outcome"] is not null, TimeSpan.FromSeconds(30), "the job finishing");

    private static string Progress(JsonNode job) => $"{job["progress"]!["completedSteps"]}/{job["progress"]!["totalSteps"]}";

    private static string WithSha256Masked(JsonNode metadata)
    {
        var copy = metadata.DeepClone();
        copy["sha256"] = "x";
        return copy.ToJsonString();
    }

    private static async Task<string> WorkStatusesAsync(PartnerApi api, string[] jobWorkIds)
    {
        var response = await api.Client.PostAsync(
            """
            query WorkStatuses($workspaceId: ID!, $connectionId: ID!, $ids: [ID!]) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections(filters: { ids: [$connectionId] }) {
                jobWorks(filters: { ids: $ids }) { id work { status } } } } }
            }
            """,
            new { workspaceId = api.Tenant.WorkspaceId, connectionId = api.Tenant.ConnectionId, ids = jobWorkIds });
        var jobWorks = MeTree.FirstConnection(response.AssertData())["jobWorks"]!.AsArray();
        return string.Join(' ', jobWorkIds.Select(id => (string)jobWorks.Single(jw => (string)jw!["id"]! == id)!["work"]!["status"]!));
    }
}
