using System.Text.Json.Nodes;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Artifacts;

/// <summary>A work artifact's status, uploadedUrl and metadata for each state of its fetch task.</summary>
[Collection(ServerCollection.Name)]
public sealed class ArtifactStatusQueryTests(ServerFixture server)
{
    private const string PartnerMetadata = """{"size":48213,"mimeType":"application/pdf","pages":2}""";

    private const string Query = """
        query ArtifactStatus($ws: ID!, $c: ID!, $jw: ID!) {
          me {
            workspaces(filters: { ids: [$ws] }) {
              connections(filters: { ids: [$c] }) {
                jobWorks(filters: { ids: [$jw] }) {
                  jobWorkArtifacts {
                    workArtifact { id status uploadedUrl downloadUrl expiresAt metadata }
                  }
                }
              }
            }
          }
        }
        """;

    [Theory]
    [InlineData(null, "pending", false)]
    [InlineData(TaskState.Queued, "pending", false)]
    [InlineData(TaskState.Running, "pending", false)]
    [InlineData(TaskState.Complete, "completed", true)]
    [InlineData(TaskState.Cancelled, "cancelled", false)]
    public async Task Artifact_status_follows_its_fetch_task_and_only_a_completed_one_has_an_uploaded_url(
        TaskState? fetch, string status, bool hasUploadedUrl)
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        var file = await server.StoreFileAsync([1, 2, 3]);
        var stored = seed.AddArtifact(jobWork, fetch, PartnerMetadata, file);
        await server.SeedAsync(seed.AddTo);

        // Act
        var artifact = await QueryArtifactAsync(tenant, jobWork.Id);

        // Assert
        Assert.Equal(status, (string?)artifact["status"]);
        if (hasUploadedUrl)
        {
            Assert.StartsWith($"http://localhost/files/{stored.Id}?sha256={file.Sha256}&expires=", (string?)artifact["uploadedUrl"]);
            Assert.Equal((string?)artifact["uploadedUrl"], (string?)artifact["downloadUrl"]);
            Assert.NotNull(artifact["expiresAt"]);
            Assert.Equal(
                $$"""{"size":48213,"mimeType":"application/pdf","pages":2,"fileSize":3,"sha256":"{{file.Sha256}}"}""",
                artifact["metadata"]!.ToJsonString());
        }
        else
        {
            Assert.Null(artifact["uploadedUrl"]);
            Assert.Null(artifact["downloadUrl"]);
            Assert.Null(artifact["expiresAt"]);
            Assert.Equal(PartnerMetadata, artifact["metadata"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Artifact_whose_fetch_failed_is_failed_with_the_error_in_its_metadata()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        var stored = seed.AddArtifact(jobWork, metadataJson: PartnerMetadata);
        var fetch = seed.AddTask(TaskKind.FetchArtifact, TaskState.Failed, jobWork, stored, error: "HTTP 404 from the partner");
        fetch.Attempts = 3;
        fetch.ErrorCode = "HTTP_404";
        await server.SeedAsync(seed.AddTo);

        // Act
        var artifact = await QueryArtifactAsync(tenant, jobWork.Id);

        // Assert
        Assert.Equal("failed", (string?)artifact["status"]);
        Assert.Null(artifact["uploadedUrl"]);
        var metadata = artifact["metadata"]!;
        Assert.Equal(48213, (int)metadata["size"]!);
        Assert.Equal("application/pdf", (string?)metadata["mimeType"]);
        Assert.Equal(2, (int)metadata["pages"]!);
        Assert.Equal("HTTP_404", (string?)metadata["error"]!["code"]);
        Assert.Equal("HTTP 404 from the partner", (string?)metadata["error"]!["message"]);
        Assert.Equal(3, (int)metadata["error"]!["attempts"]!);
        Assert.Equal("2025-03-01T08:00:03Z", (string?)metadata["error"]!["failedAt"]);
    }

    [Fact]
    public async Task Artifact_whose_fetch_was_cancelled_is_cancelled_without_an_uploaded_url()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Cancelled, PartnerMetadata);
        await server.SeedAsync(seed.AddTo);

        // Act
        var artifact = await QueryArtifactAsync(tenant, jobWork.Id);

        // Assert
        Assert.Equal("cancelled", (string?)artifact["status"]);
        Assert.Null(artifact["uploadedUrl"]);
        Assert.Equal(PartnerMetadata, artifact["metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task Artifact_fetched_again_after_a_failure_is_completed_without_the_old_error()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        var stored = seed.AddArtifact(jobWork, metadataJson: PartnerMetadata);
        seed.AddTask(TaskKind.FetchArtifact, TaskState.Failed, jobWork, stored, error: "connection reset");
        var refetch = seed.AddTask(TaskKind.FetchArtifact, TaskState.Complete, jobWork, stored);
        var file = await server.StoreFileAsync([4, 5, 6, 7]);
        (refetch.FileSha256, refetch.FileSize, refetch.FileMimeType) = (file.Sha256, file.Size, "image/png");
        await server.SeedAsync(seed.AddTo);

        // Act
        var artifact = await QueryArtifactAsync(tenant, jobWork.Id);

        // Assert
        Assert.Equal("completed", (string?)artifact["status"]);
        Assert.StartsWith($"http://localhost/files/{stored.Id}?sha256={file.Sha256}&", (string?)artifact["uploadedUrl"]);
        Assert.Equal(
            $$"""{"size":48213,"mimeType":"image/png","pages":2,"fileSize":4,"sha256":"{{file.Sha256}}"}""",
            artifact["metadata"]!.ToJsonString());
    }

    private async Task<JsonNode> QueryArtifactAsync(Tenant tenant, string jobWorkId)
    {
        var response = await server.Client(tenant.Token).PostAsync(Query, new { ws = tenant.WorkspaceId, c = tenant.ConnectionId, jw = jobWorkId });
        var connection = MeTree.SingleConnection(response.AssertData());
        var jobWork = Assert.Single(connection["jobWorks"]!.AsArray())!;
        var jobArtifact = Assert.Single(jobWork["jobWorkArtifacts"]!.AsArray())!;
        return jobArtifact["workArtifact"]!;
    }
}
