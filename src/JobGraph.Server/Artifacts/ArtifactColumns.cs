namespace JobGraph.Server.Artifacts;

/// <summary>
/// Which optional columns a <c>jobWorkArtifacts</c> selection needs. The job artifact's id, the work artifact's name,
/// type and external id and its latest fetch's status are always read; a monitoring query that asks for nothing more reads a third of
/// the columns (thousands of values per response, each a native call).
/// </summary>
[Flags]
public enum ArtifactColumns
{
    None = 0,

    /// <summary>The job artifact's createdAt, updatedAt and connectionJobId.</summary>
    JobArtifactDetails = 1,

    /// <summary>The work artifact's createdAt, updatedAt, workId, connectionId and stored metadata.</summary>
    WorkArtifactDetails = 2,

    /// <summary>The latest fetch's stored file and failure: links, expiresAt and metadata.</summary>
    FetchFile = 4,

    /// <summary>The work artifact's id (the job artifact's <c>artifactId</c>), which signed links also name.</summary>
    ArtifactId = 8,

    All = JobArtifactDetails | WorkArtifactDetails | FetchFile | ArtifactId,
}
