using System.Text.Json.Nodes;
using JobGraph.Server.Jobs;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// <c>WorkArtifact.metadata</c>: the partner's details, then what the server knows better — the stored file's size,
/// MIME type and SHA-256 once fetched, or why the fetch failed (seed 000: "check metadata").
/// </summary>
public static class ArtifactMetadata
{
    public static JsonNode? Compose(WorkArtifact artifact, JobTask? latestFetch)
    {
        var metadata = JsonText.Parse(artifact.MetadataJson);
        if (latestFetch is not { Status: TaskState.Complete or TaskState.Failed })
        {
            return metadata;
        }

        var composed = metadata as JsonObject ?? [];
        if (latestFetch.Status == TaskState.Complete)
        {
            // The measured values override the partner's claims; a task completed before they were recorded has none.
            Set(composed, "fileSize", latestFetch.FileSize);
            Set(composed, "mimeType", latestFetch.FileMimeType);
            Set(composed, "sha256", latestFetch.FileSha256);
            return composed;
        }

        composed["error"] = new JsonObject
        {
            ["code"] = latestFetch.ErrorCode,
            ["message"] = latestFetch.Error ?? "The file could not be fetched.",
            ["attempts"] = latestFetch.Attempts,
            ["failedAt"] = latestFetch.CompletedAt is { } failedAt ? DateScalar.ToIso(failedAt) : null,
        };
        return composed;
    }

    private static void Set<T>(JsonObject metadata, string name, T? value)
    {
        if (value is not null)
        {
            metadata[name] = JsonValue.Create(value);
        }
    }
}
