namespace JobGraph.Server.Artifacts;

/// <summary>A file of a work as the platform tracks it. Its status comes from its fetch tasks.</summary>
public sealed class WorkArtifact
{
    public required string Id { get; init; }
    public required string WorkspaceId { get; init; }
    public required string ConnectionId { get; init; }
    public required string WorkId { get; init; }
    public required string ExternalId { get; init; }
    public required string Name { get; set; }
    public required string Type { get; set; }
    /// <summary>Where the partner said the file can be fetched.</summary>
    public string? SourceUrl { get; set; }
    /// <summary>Partner-supplied details (size, MIME type, pages) as a JSON object.</summary>
    public string? MetadataJson { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
}
