using JobGraph.Server;
using JobGraph.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Artifacts;

/// <summary>createJobWorkArtifacts: the documented operation, metadata, idempotent and racing repeats.</summary>
[Collection(ServerCollection.Name)]
public sealed class CreateJobWorkArtifactsTests(ServerFixture server)
{
    [Fact]
    public async Task Documented_operation_attaches_files_that_start_pending()
    {
        // Arrange
        var (api, _, jobWorkId) = await server.NewJobWorkAsync();
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

        var status = await api.ArtifactsAsync(jobWorkId);
        Assert.Equal(
            """[{"externalId":"file-12345","name":"W-2 Form 2024","type":"w2","status":"pending","uploadedUrl":null,"metadata":{"fileSize":245678,"mimeType":"application/pdf","pages":2}},{"externalId":"file-67890","name":"receipts.pdf","type":"receipt","status":"pending","uploadedUrl":null,"metadata":null}]""",
            status.ToJsonString());
    }

    [Fact]
    public async Task Metadata_objects_are_kept_as_given_from_variables_and_from_literals()
    {
        // Arrange
        var (api, _, jobWorkId) = await server.NewJobWorkAsync();
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
        Assert.Equal([expected, expected], (await api.ArtifactsAsync(jobWorkId)).Select(a => a!["metadata"]!.ToJsonString()));
    }

    [Fact]
    public async Task Repeating_the_call_returns_the_same_job_artifacts_and_creates_nothing()
    {
        // Arrange
        var (api, _, jobWorkId) = await server.NewJobWorkAsync();
        var first = await api.NewArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2"));

        // Act
        var again = await api.NewArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-2", "https://elsewhere.example.test/2.pdf"), PartnerApi.Artifact("file-1"));

        // Assert
        Assert.Equal([first[1], first[0]], again);
        Assert.Equal(2, await server.JobArtifactCountAsync(api.Tenant, jobWorkId));
        var urls = await server.ReadAsync(db => db.WorkArtifacts.Where(a => a.WorkspaceId == api.Tenant.WorkspaceId).Select(a => a.SourceUrl).ToListAsync());
        Assert.All(urls, url => Assert.Equal("https://files.example.test/w2.pdf", url));
    }

    [Fact]
    public async Task Identical_calls_racing_each_other_all_succeed_with_one_set_of_rows()
    {
        // Arrange
        var (api, _, jobWorkId) = await server.NewJobWorkAsync();
        var inputs = Enumerable.Range(1, 20).Select(i => PartnerApi.Artifact($"file-{i}")).ToArray();

        // Act
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.CreateArtifactsAsync(jobWorkId, inputs)));

        // Assert
        Assert.Single(responses.Select(r => string.Join(",", IdList.Read(r.AssertData()["createJobWorkArtifacts"]))).Distinct());
        Assert.Equal(20, await server.JobArtifactCountAsync(api.Tenant, jobWorkId));
    }

    [Fact]
    public async Task New_artifacts_on_a_job_whose_import_started_conflict()
    {
        // Arrange
        var (api, jobId, jobWorkId) = await server.NewJobWorkAsync();
        await api.NewArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"));
        (await api.InitiateAsync(jobId)).AssertData();

        // Act
        var response = await api.CreateArtifactsAsync(jobWorkId, PartnerApi.Artifact("file-1"), PartnerApi.Artifact("file-2"));

        // Assert
        Assert.Equal([ErrorCodes.Conflict], response.ErrorCodes);
        Assert.Equal(1, await server.JobArtifactCountAsync(api.Tenant, jobWorkId));
    }
}
