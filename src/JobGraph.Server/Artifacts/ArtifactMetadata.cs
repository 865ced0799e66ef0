using System.Text.Json.Nodes;
using JobGraph.Server.Jobs;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Artifacts;

/// <summary><c>WorkArtifact.metadata</c>: the partner's file details, plus the error of a failed fetch (seed 000: "check metadata").</summary>
public static class ArtifactMetadata
{
    public static JsonNode? Compose(WorkArtifact artifact, JobTask? latestFetch)
    {
        var metadata = JsonText.Parse(artifact.MetadataJson);
        if (latestFetch is not { Status: TaskState.Failed })
        {
            return metadata;
        }

        var composed = metadata as JsonObject ?? [];
        composed["error"] = new JsonObject
        {
            ["message"] = latestFetch.Error ?? "The file could not be fetched.",
            ["attempts"] = latestFetch.Attempts,
            ["failedAt"] = latestFetch.CompletedAt is { } failedAt ? DateScalar.ToIso(failedAt) : null,
        };
        return composed;
    }
}
