namespace JobGraph.Server.Works;

/// <summary>A client record (tax preparation) of a workspace, identified on the partner side by <see cref="ExternalId"/>.</summary>
public sealed class Work
{
    public required string Id { get; init; }
    public required string WorkspaceId { get; init; }
    public required string ConnectionId { get; init; }
    public required string Name { get; set; }
    public required string ExternalId { get; init; }
    public string? Tag { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public DateTime? DeletedAt { get; set; }
}
