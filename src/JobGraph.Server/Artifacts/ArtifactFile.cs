using JobGraph.Server.Jobs;

namespace JobGraph.Server.Artifacts;

/// <summary>The file an artifact stands for: what its latest fetch task stored, once that task completed.</summary>
public sealed record ArtifactFile(string Sha256, long? Size, string? MimeType)
{
    /// <summary>The stored file, or null while the latest fetch is not complete (or completed before files were recorded).</summary>
    public static ArtifactFile? Of(IReadOnlyCollection<JobTask> tasks)
        => StatusRules.LatestFetch(tasks) is { Status: TaskState.Complete, FileSha256: { } sha256 } fetch
            ? new ArtifactFile(sha256, fetch.FileSize, fetch.FileMimeType)
            : null;
}
