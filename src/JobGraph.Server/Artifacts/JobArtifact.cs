namespace JobGraph.Server.Artifacts;

/// <summary>A work artifact's membership in one job work.</summary>
public sealed class JobArtifact
{
    public required string Id { get; init; }
    public required string WorkspaceId { get; init; }
    public required string ConnectionJobId { get; init; }
    public required string JobWorkId { get; init; }
    public required string WorkArtifactId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public WorkArtifact? WorkArtifact { get; init; }
}
