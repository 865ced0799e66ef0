using System.Text.Json.Nodes;
using JobGraph.Server;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

[Collection(ServerCollection.Name)]
public sealed class InitiateImportTests(ServerFixture server)
{
    [Fact]
    public async Task Initiating_creates_one_fetch_per_artifact_and_one_import_per_work_in_creation_order_and_the_job_stays_pending()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        var jobWorks = await api.NewJobWorksAsync(jobId, "client-1", "client-2");
        var first = await api.NewArtifactsAsync(jobWorks[0], PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2"));
        var second = await api.NewArtifactsAsync(jobWorks[1], PartnerApi.Artifact("file-3"));

        // Act
        var response = await api.InitiateAsync(jobId);

        // Assert
        var job = response.AssertData()["initiateTaxPrepsImport"]!;
        Assert.Equal(jobId, (string)job["id"]!);
        Assert.Equal("""{"completedSteps":0,"totalSteps":5,"currentStep":null}""", job["progress"]!.ToJsonString());
        Assert.Equal("pending", (string)job["status"]!);
        Assert.Null(job["outcome"]);
        Assert.Equal(
            new[]
            {
                $"fetch_artifact queued Fetch File file-1 {jobWorks[0]}",
                $"fetch_artifact queued Fetch File file-2 {jobWorks[0]}",
                $"fetch_artifact queued Fetch File file-3 {jobWorks[1]}",
                $"import_work pending Import Client client-1 {jobWorks[0]}",
                $"import_work pending Import Client client-2 {jobWorks[1]}",
            },
            Tasks(job));
        Assert.Equal(3, job["tasks"]!.AsArray().Select(t => (string?)t!["artifactId"]).Where(id => id is not null).Distinct().Count());
        Assert.Equal(first.Length + second.Length, job["tasks"]!.AsArray().Count(t => (string)t!["kind"]! == "fetch_artifact"));
        var listed = await api.JobAsync(jobId);
        Assert.Equal(job.ToJsonString(), listed.ToJsonString());
    }

    [Fact]
    public async Task A_work_without_artifacts_has_its_import_queued_at_once()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        await api.NewJobWorksAsync(jobId, "client-1");

        // Act
        var job = (await api.InitiateAsync(jobId)).AssertData()["initiateTaxPrepsImport"]!;

        // Assert
        Assert.Equal(["import_work queued Import Client client-1 " + job["tasks"]![0]!["jobWorkId"]], Tasks(job));
        Assert.Equal("pending", (string)job["status"]!);
    }

    [Fact]
    public async Task Initiating_an_empty_job_completes_it()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();

        // Act
        var job = (await api.InitiateAsync(jobId)).AssertData()["initiateTaxPrepsImport"]!;

        // Assert
        Assert.Equal("completed", (string)job["status"]!);
        Assert.Equal("SUCCESS", (string)job["outcome"]!);
    }

    [Fact]
    public async Task Initiating_twice_conflicts_and_adds_no_task()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        var jobWorks = await api.NewJobWorksAsync(jobId, "client-1");
        await api.NewArtifactsAsync(jobWorks[0], PartnerApi.Artifact("file-1"));
        (await api.InitiateAsync(jobId)).AssertData();

        // Act
        var again = await api.InitiateAsync(jobId);

        // Assert
        Assert.Equal([ErrorCodes.Conflict], again.ErrorCodes);
        Assert.Equal(2, (int)(await api.JobAsync(jobId))["progress"]!["totalSteps"]!);
    }

    [Fact]
    public async Task Initiating_racing_calls_start_the_import_once()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        var jobWorks = await api.NewJobWorksAsync(jobId, "client-1");
        await api.NewArtifactsAsync(jobWorks[0], PartnerApi.Artifact("file-1"));

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.InitiateAsync(jobId)));

        // Assert
        Assert.Equal(1, responses.Count(r => r.Errors is null));
        Assert.Equal(3, responses.Count(r => r.ErrorCodes.SequenceEqual([ErrorCodes.Conflict])));
        Assert.Equal(2, (int)(await api.JobAsync(jobId))["progress"]!["totalSteps"]!);
    }

    [Fact]
    public async Task Initiating_a_cancelled_job_conflicts()
    {
        // Arrange
        var (api, jobId) = await server.NewJobAsync();
        await api.NewJobWorksAsync(jobId, "client-1");
        (await api.CancelAsync(jobId)).AssertData();

        // Act
        var response = await api.InitiateAsync(jobId);

        // Assert
        Assert.Equal([ErrorCodes.Conflict], response.ErrorCodes);
        var job = await api.JobAsync(jobId);
        Assert.Equal("cancelled", (string)job["status"]!);
        Assert.Empty(job["tasks"]!.AsArray());
    }

    [Fact]
    public async Task Another_tenants_job_gets_the_same_not_found_answer_as_an_unknown_one()
    {
        // Arrange
        var (owner, ownerJob) = await server.NewJobAsync();
        var (caller, _) = await server.NewJobAsync();
        var unknownId = TestIds.New("job");

        // Act
        var foreign = await caller.InitiateAsync(ownerJob);
        var unknown = await caller.InitiateAsync(unknownId);

        // Assert
        NotFoundAnswer.AssertSame(foreign, ownerJob, unknown, unknownId);
        Assert.Equal("pending", (string)(await owner.JobAsync(ownerJob))["status"]!);
        Assert.Equal("""{"initiateTaxPrepsImport":null}""", foreign.Data!.ToJsonString());
    }

    [Fact]
    public async Task An_initiated_job_becomes_active_once_a_task_runs()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant, importInitiated: false);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork);
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        (await api.InitiateAsync(seed.Job.Id)).AssertData();

        // Act
        await server.SeedAsync(db => db.Tasks
            .Where(t => t.ConnectionJobId == seed.Job.Id && t.Kind == TaskKind.FetchArtifact)
            .ToList()
            .ForEach(t => t.Status = TaskState.Running));

        // Assert
        Assert.Equal("active", (string)(await api.JobAsync(seed.Job.Id))["status"]!);
    }

    private static string[] Tasks(JsonNode job)
        => [.. job["tasks"]!.AsArray().Select(t => $"{t!["kind"]} {t["status"]} {t["name"]} {t["jobWorkId"]}")];
}
