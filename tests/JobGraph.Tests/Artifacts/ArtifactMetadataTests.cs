using System.Text.Json;
using System.Text.Json.Nodes;
using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;
using JobGraph.Server.Schema;

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
        Assert.Equal(expected, JsonSerializer.Serialize(metadata));
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
        Assert.Equal("""{"pages":2}""", JsonSerializer.Serialize(metadata));
        Assert.Null(file);
    }

    [Theory]
    [InlineData("""{ "pages" : 2, "note": "a < b & c > d 'q' \u00e9t\u00e9 \ud83d\ude00", "nested": {"list": [1, 2.50, -3e2, true, false, null, {"x": []}]} }""")]
    [InlineData("""{"file\u0053ize":1,"mime\u0054ype":"text/plain","sha256":"old","error":{"code":"X"}}""")]
    [InlineData("""{"pages":2}""")]
    [InlineData("""{}""")]
    [InlineData("""null""")]
    [InlineData("""[1, {"a": "é"}]""")]
    [InlineData("""  "just text é"  """)]
    [InlineData(null)]
    public void Metadata_is_written_as_the_stored_json_parsed_composed_and_serialized_would_be(string? partner)
    {
        foreach (var state in new[] { TaskState.Complete, TaskState.Failed, TaskState.Running })
        {
            foreach (var sha in new[] { Sha, null })
            {
                // Arrange
                var task = Fetch(state, sha);
                var artifact = Artifact(partner);

                // Act
                var written = JsonSerializer.Serialize(ArtifactMetadata.Compose(artifact, task));

                // Assert
                Assert.Equal(ComposedAsDom(artifact, task), written);
            }
        }
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"pages":2} trailing""")]
    public void Stored_metadata_that_is_not_json_fails_when_the_field_resolves(string stored)
    {
        // Arrange
        var task = Fetch(TaskState.Running, Sha);

        // Act
        var compose = () => ArtifactMetadata.Compose(Artifact(stored), task);

        // Assert
        Assert.ThrowsAny<JsonException>(compose);
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

    // The metadata as a JSON DOM would compose it: the stored text parsed, the members set on the object, the object serialized.
    private static string ComposedAsDom(WorkArtifact artifact, JobTask fetch)
    {
        var metadata = JsonText.Parse(artifact.MetadataJson);
        if (fetch.Status is not (TaskState.Complete or TaskState.Failed))
        {
            return JsonSerializer.Serialize(metadata);
        }

        var composed = metadata as JsonObject ?? [];
        if (fetch.Status == TaskState.Complete)
        {
            if (fetch.FileSize is { } size)
            {
                composed["fileSize"] = size;
            }

            if (fetch.FileMimeType is { } mime)
            {
                composed["mimeType"] = mime;
            }

            if (fetch.FileSha256 is { } sha)
            {
                composed["sha256"] = sha;
            }
        }
        else
        {
            composed["error"] = new JsonObject
            {
                ["code"] = fetch.ErrorCode,
                ["message"] = fetch.Error ?? "The file could not be fetched.",
                ["attempts"] = fetch.Attempts,
                ["failedAt"] = fetch.CompletedAt is { } failedAt ? DateScalar.ToIso(failedAt) : null,
            };
        }

        return JsonSerializer.Serialize(composed);
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
