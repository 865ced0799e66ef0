using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;

namespace JobGraph.Tests.Artifacts;

/// <summary>
/// <c>metadata</c> = the partner's object, then the latest fetch's stored file (overriding the partner's values) or its
/// error; and only a completed fetch with a recorded file has a file to download.
/// </summary>
public sealed class ArtifactMetadataTests
{
    private const string Sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly DateTime _at = new(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("""{"fileSize":1,"mimeType":"text/plain","pages":2}""", TaskState.Complete, null,
        """{"fileSize":5,"mimeType":"application/pdf","pages":2,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""")]
    [InlineData(null, TaskState.Complete, null,
        """{"fileSize":5,"mimeType":"application/pdf","sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""")]
    [InlineData("""["not an object"]""", TaskState.Complete, null,
        """{"fileSize":5,"mimeType":"application/pdf","sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}""")]
    [InlineData("""{"pages":2}""", TaskState.Failed, "HTTP_404",
        """{"pages":2,"error":{"code":"HTTP_404","message":"HTTP 404","attempts":3,"failedAt":"2025-03-01T08:00:00Z"}}""")]
    [InlineData("""{"pages":2}""", TaskState.Failed, null,
        """{"pages":2,"error":{"code":null,"message":"HTTP 404","attempts":3,"failedAt":"2025-03-01T08:00:00Z"}}""")]
    [InlineData("""{"pages":2}""", TaskState.Running, null, """{"pages":2}""")]
    [InlineData("""{"pages":2}""", TaskState.Cancelled, null, """{"pages":2}""")]
    public void Metadata_is_the_partners_object_with_the_latest_fetchs_file_or_error(
        string? partner, TaskState fetch, string? errorCode, string expected)
    {
        // Arrange
        var task = Fetch(fetch, Sha);
        task.ErrorCode = errorCode;

        // Act
        var metadata = ArtifactMetadata.Compose(Artifact(partner), task);

        // Assert
        Assert.Equal(expected, metadata!.ToJsonString());
    }

    [Fact]
    public void A_completed_fetch_from_before_files_were_recorded_adds_nothing_and_has_no_file()
    {
        // Arrange
        var task = Fetch(TaskState.Complete, sha256: null);

        // Act
        var metadata = ArtifactMetadata.Compose(Artifact("""{"pages":2}"""), task);
        var file = ArtifactFile.Of([task]);

        // Assert
        Assert.Equal("""{"pages":2}""", metadata!.ToJsonString());
        Assert.Null(file);
    }

    [Theory]
    [InlineData(TaskState.Complete, true)]
    [InlineData(TaskState.Failed, false)]
    [InlineData(TaskState.Queued, false)]
    public void Only_a_completed_latest_fetch_has_a_file(TaskState latest, bool hasFile)
    {
        // Arrange: an older completed fetch, then the latest one.
        var older = Fetch(TaskState.Complete, "0000000000000000000000000000000000000000000000000000000000000000", _at.AddMinutes(-1));
        var newer = Fetch(latest, Sha);

        // Act
        var file = ArtifactFile.Of([newer, older]);

        // Assert
        Assert.Equal(hasFile ? new ArtifactFile(Sha, 5, "application/pdf") : null, file);
    }

    private static WorkArtifact Artifact(string? metadataJson) => new()
    {
        Id = "artifact",
        WorkspaceId = "workspace",
        ConnectionId = "connection",
        WorkId = "work",
        ExternalId = "file",
        Name = "W-2",
        Type = "w2",
        MetadataJson = metadataJson,
        CreatedAt = _at,
        UpdatedAt = _at,
    };

    private static JobTask Fetch(TaskState state, string? sha256, DateTime? createdAt = null) => new()
    {
        Id = "task_" + (createdAt ?? _at).Ticks,
        WorkspaceId = "workspace",
        ConnectionJobId = "job",
        Kind = TaskKind.FetchArtifact,
        Name = "Fetch W-2",
        WorkArtifactId = "artifact",
        Status = state,
        Attempts = 3,
        Error = state == TaskState.Failed ? "HTTP 404" : null,
        FileSha256 = state == TaskState.Complete ? sha256 : null,
        FileSize = state == TaskState.Complete && sha256 is not null ? 5 : null,
        FileMimeType = state == TaskState.Complete && sha256 is not null ? "application/pdf" : null,
        CreatedAt = createdAt ?? _at,
        UpdatedAt = createdAt ?? _at,
        CompletedAt = StatusRules.IsTerminal(state) ? createdAt ?? _at : null,
    };
}
