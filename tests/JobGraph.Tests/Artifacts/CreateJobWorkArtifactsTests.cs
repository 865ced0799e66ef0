using System.Text.Json.Nodes;
using JobGraph.Server;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Artifacts;

[Collection(ServerCollection.Name)]
public sealed class CreateJobWorkArtifactsTests(ServerFixture server)
{
    [Fact]
    public async Task Documented_operation_attaches_files_that_start_pending()
    {
        // Arrange
        var (api, _, jobWorkId) = await NewJobWorkAsync();
        var w2 = new
        {
            name = "W-2 Form 2024",
            type = "w2",
            url = "https://api.example.com/files/w2-2024.pdf",
            externalId = "file-12345",
            metadata = new { fileSize = 245678, mimeType = "application/pdf", pages = 2 },
        };
        var receipt = new { name = "receipts.pdf", type = "receipt", externalId = "file-67890" };

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, w2, receipt);

        // Assert
        var created = response.AssertData()["createJobWorkArtifacts"]!.AsArray();
        Assert.Equal(["file-12345", "file-67890"], created.Select(ja => (string)ja!["workArtifact"]!["externalId"]!));
        foreach (var jobArtifact in created)
        {
            Assert.Matches("^job_artifact_[0-9a-f]{32}$", (string)jobArtifact!["id"]!);
            Assert.Matches("^artifact_[0-9a-f]{32}$", (string)jobArtifact["artifactId"]!);
            Assert.Equal((string)jobArtifact["artifactId"]!, (string)jobArtifact["workArtifact"]!["id"]!);
            Assert.Equal(api.Tenant.WorkspaceId, (string)jobArtifact["workspaceId"]!);
        }

        var status = await ArtifactStatusAsync(api, jobWorkId);
        Assert.Equal(
            """[{"externalId":"file-12345","name":"W-2 Form 2024","type":"w2","status":"pending","uploadedUrl":null,"metadata":{"fileSize":245678,"mimeType":"application/pdf","pages":2}},{"externalId":"file-67890","name":"receipts.pdf","type":"receipt","status":"pending","uploadedUrl":null,"metadata":null}]""",
            status.ToJsonString());
    }

    [Fact]
    public async Task Metadata_objects_are_kept_as_given_from_variables_and_from_literals()
    {
        // Arrange
        var (api, _, jobWorkId) = await NewJobWorkAsync();
        const string literal = """
            mutation CreateWithLiteralMetadata($jobWorkId: ID!) {
              createJobWorkArtifacts(jobWorkId: $jobWorkId, inputs: [{
                name: "Receipt", type: "receipt", externalId: "file-literal",
                metadata: { fileSize: 12, ratio: 0.5, tags: ["a", "b"], source: { system: "drive", ok: true, none: null } }
              }]) { id }
            }
            """;
        var metadata = new { fileSize = 12, ratio = 0.5, tags = new List<string> { "a", "b" }, source = new { system = "drive", ok = true, none = (string?)null } };

        // Act
        var fromVariables = await api.CreateArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-variables", metadata: metadata));
        var fromLiteral = await api.Client.PostAsync(literal, new { jobWorkId });

        // Assert
        fromVariables.AssertData();
        fromLiteral.AssertData();
        const string expected = """{"fileSize":12,"ratio":0.5,"tags":["a","b"],"source":{"system":"drive","ok":true,"none":null}}""";
        Assert.Equal([expected, expected], (await ArtifactStatusAsync(api, jobWorkId)).Select(a => a!["metadata"]!.ToJsonString()));
    }

    [Fact]
    public async Task Repeating_the_call_returns_the_same_job_artifacts_and_creates_nothing()
    {
        // Arrange
        var (api, _, jobWorkId) = await NewJobWorkAsync();
        var first = await api.NewArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2"));

        // Act
        var again = await api.NewArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-2", "https://elsewhere.example.test/2.pdf"), PartnerApi.Artifact("file-1"));

        // Assert
        Assert.Equal([first[1], first[0]], again);
        Assert.Equal(2, await CountAsync(api.Tenant, jobWorkId));
        var urls = await server.ReadAsync(db => db.WorkArtifacts.Where(a => a.WorkspaceId == api.Tenant.WorkspaceId).Select(a => a.SourceUrl).ToListAsync());
        Assert.All(urls, url => Assert.Equal("https://files.example.test/w2.pdf", url));
    }

    [Fact]
    public async Task Identical_calls_racing_each_other_all_succeed_with_one_set_of_rows()
    {
        // Arrange
        var (api, _, jobWorkId) = await NewJobWorkAsync();
        var inputs = Enumerable.Range(1, 20).Select(i => PartnerApi.Artifact($"file-{i}")).ToArray();

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.CreateArtifactsAsync(jobWorkId, inputs)));

        // Assert
        Assert.Single(responses.Select(r => string.Join(",", IdList.Read(r.AssertData()["createJobWorkArtifacts"]))).Distinct());
        Assert.Equal(20, await CountAsync(api.Tenant, jobWorkId));
    }

    [Fact]
    public async Task Re_creating_a_failed_artifact_with_a_new_url_fetches_it_again()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        var artifact = seed.AddArtifact(jobWork, TaskState.Failed);
        seed.AddTask(TaskKind.ImportWork, TaskState.Failed, jobWork, error: "W-2 missing");
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        Assert.Equal("failed", (string)(await ArtifactStatusAsync(api, jobWork.Id))[0]!["status"]!);

        // Act
        var response = await api.CreateArtifactsAsync(jobWork.Id, new { name = artifact.Name, type = "w2", url = "https://files.example.test/fresh.pdf", externalId = artifact.ExternalId });

        // Assert
        Assert.Equal(seed.JobArtifacts[0].Id, (string)response.AssertData()["createJobWorkArtifacts"]![0]!["id"]!);
        Assert.Equal("pending", (string)(await ArtifactStatusAsync(api, jobWork.Id))[0]!["status"]!);
        var job = await api.JobAsync(seed.Job.Id);
        var tasks = job["tasks"]!.AsArray().Select(t => $"{t!["kind"]} {t["status"]} {t["artifactId"]} {t["jobWorkId"]}").ToList();
        Assert.Equal(
            [
                $"fetch_artifact failed {artifact.Id} {jobWork.Id}",
                $"import_work failed  {jobWork.Id}",
                $"fetch_artifact queued {artifact.Id} {jobWork.Id}",
                $"import_work pending  {jobWork.Id}",
            ],
            tasks.Take(2).Concat(tasks.Skip(2).Order(StringComparer.Ordinal)));
        Assert.Equal($"Fetch {artifact.Name}", (string)job["tasks"]!.AsArray().Single(t => (string)t!["status"]! == "queued")!["name"]!);
        Assert.Equal("active", (string)job["status"]!);
        Assert.Equal("https://files.example.test/fresh.pdf", await server.ReadAsync(db => db.WorkArtifacts.Where(a => a.Id == artifact.Id).Select(a => a.SourceUrl).SingleAsync()));
    }

    [Theory]
    [InlineData(TaskState.Failed, null)]
    [InlineData(TaskState.Complete, "https://files.example.test/fresh.pdf")]
    [InlineData(TaskState.Running, "https://files.example.test/fresh.pdf")]
    public async Task Re_creating_an_artifact_that_is_not_to_be_fetched_again_changes_nothing(TaskState fetch, string? url)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        var artifact = seed.AddArtifact(jobWork, fetch);
        seed.AddTask(TaskKind.ImportWork, TaskState.Pending, jobWork);
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);

        // Act
        var response = await api.CreateArtifactsAsync(jobWork.Id, new { name = artifact.Name, type = "w2", url, externalId = artifact.ExternalId });

        // Assert
        Assert.Equal(seed.JobArtifacts[0].Id, (string)response.AssertData()["createJobWorkArtifacts"]![0]!["id"]!);
        Assert.Equal(2, (int)(await api.JobAsync(seed.Job.Id))["progress"]!["totalSteps"]!);
        Assert.Null(await server.ReadAsync(db => db.WorkArtifacts.Where(a => a.Id == artifact.Id).Select(a => a.SourceUrl).SingleAsync()));
    }

    [Fact]
    public async Task Re_creating_a_failed_artifact_of_a_cancelled_job_conflicts()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        seed.Job.CancelledAt = Tenant.Epoch.AddHours(1);
        var jobWork = seed.AddJobWork();
        var artifact = seed.AddArtifact(jobWork, TaskState.Cancelled);
        await server.SeedAsync(seed.AddTo);
        var api = new PartnerApi(server.Client(tenant.Token), tenant);

        // Act
        var response = await api.CreateArtifactsAsync(jobWork.Id, new { name = artifact.Name, type = "w2", url = "https://files.example.test/fresh.pdf", externalId = artifact.ExternalId });

        // Assert
        Assert.Equal([ErrorCodes.Conflict], response.ErrorCodes);
        Assert.Equal(1, (int)(await api.JobAsync(seed.Job.Id))["progress"]!["totalSteps"]!);
    }

    [Fact]
    public async Task New_artifacts_on_a_job_whose_import_started_conflict()
    {
        // Arrange
        var (api, jobId, jobWorkId) = await NewJobWorkAsync();
        await api.NewArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"));
        (await api.InitiateAsync(jobId)).AssertData();

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2"));

        // Assert
        Assert.Equal([ErrorCodes.Conflict], response.ErrorCodes);
        Assert.Equal(1, await CountAsync(api.Tenant, jobWorkId));
    }

    [Fact]
    public async Task Another_tenants_job_work_gets_the_same_not_found_answer_as_an_unknown_one()
    {
        // Arrange
        var (owner, _, ownerJobWork) = await NewJobWorkAsync();
        var (caller, _, _) = await NewJobWorkAsync();
        var unknownId = TestIds.New("job_work");

        // Act
        var foreign = await caller.CreateArtifactsAsync(ownerJobWork, PartnerApi.Artifact("file-1"));
        var unknown = await caller.CreateArtifactsAsync(unknownId, PartnerApi.Artifact("file-1"));

        // Assert
        NotFoundAnswer.AssertSame(foreign, ownerJobWork, unknown, unknownId);
        Assert.Equal(0, await CountAsync(owner.Tenant, ownerJobWork));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task Empty_or_oversize_batch_is_bad_user_input_and_says_the_limit(int count)
    {
        // Arrange
        var (api, _, jobWorkId) = await NewJobWorkAsync();

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
        var (api, _, jobWorkId) = await NewJobWorkAsync();

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2", url));

        // Assert
        Assert.Equal([ErrorCodes.BadUserInput], response.ErrorCodes);
        Assert.Contains("inputs[1].url", (string)response.Errors![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(api.Tenant, jobWorkId));
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
        var (api, _, jobWorkId) = await NewJobWorkAsync();

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2"), third);

        // Assert
        Assert.True(response.ErrorCodes.SequenceEqual([ErrorCodes.BadUserInput]), $"{why}: {response.Text}");
        Assert.Contains("inputs[2]", (string)response.Errors![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(api.Tenant, jobWorkId));
        Assert.Equal(0, await server.ReadAsync(db => db.WorkArtifacts.CountAsync(a => a.WorkspaceId == api.Tenant.WorkspaceId)));
    }

    private async Task<(PartnerApi Api, string JobId, string JobWorkId)> NewJobWorkAsync()
    {
        var tenant = await server.CreateTenantAsync();
        var api = new PartnerApi(server.Client(tenant.Token), tenant);
        var jobId = await api.NewJobAsync();
        var jobWorks = await api.NewJobWorksAsync(jobId, "client-12345");
        return (api, jobId, jobWorks[0]);
    }

    /// <summary>The job work's artifacts as GetJobWorkArtifactStatus answers them, volatile fields left out.</summary>
    private static async Task<JsonArray> ArtifactStatusAsync(PartnerApi api, string jobWorkId)
    {
        var jobWorkFilters = new { ids = new[] { jobWorkId } };
        var response = await api.Client.PostAsync(Operations.Read("GetJobWorkArtifactStatus.graphql"), new
        {
            workspaceId = api.Tenant.WorkspaceId,
            connectionId = api.Tenant.ConnectionId,
            jobWorkFilters,
        });
        var jobWork = MeTree.FirstConnection(response.AssertData())["jobWorks"]![0]!;
        return new JsonArray([.. jobWork["jobWorkArtifacts"]!.AsArray().Select(ja =>
        {
            var a = ja!["workArtifact"]!;
            return (JsonNode)new JsonObject
            {
                ["externalId"] = a["externalId"]!.DeepClone(),
                ["name"] = a["name"]!.DeepClone(),
                ["type"] = a["type"]!.DeepClone(),
                ["status"] = a["status"]!.DeepClone(),
                ["uploadedUrl"] = a["uploadedUrl"]?.DeepClone(),
                ["metadata"] = a["metadata"]?.DeepClone(),
            };
        })]);
    }

    private Task<int> CountAsync(Tenant tenant, string jobWorkId)
        => server.ReadAsync(db => db.JobArtifacts.CountAsync(ja => ja.WorkspaceId == tenant.WorkspaceId && ja.JobWorkId == jobWorkId));
}
