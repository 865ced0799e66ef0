using System.ComponentModel.DataAnnotations.Schema;
using JobGraph.Server.Jobs;

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

    /// <summary>
    /// The artifact's latest fetch (none or one task) as the job artifacts query read it; null when it was not read
    /// with the artifact. Not mapped: only the read path sets it.
    /// </summary>
    [NotMapped]
    public IReadOnlyList<JobTask>? JoinedFetch { get; set; }

    /// <summary>Whether <see cref="JoinedFetch"/> was read with its stored file and failure (links, metadata), or its status alone.</summary>
    [NotMapped]
    public bool JoinedFetchHasFile { get; set; }
}
