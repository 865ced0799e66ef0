using System.ComponentModel.DataAnnotations.Schema;
using JobGraph.Server.Artifacts;

namespace JobGraph.Server.Works;

/// <summary>A work's membership in one connection job.</summary>
public sealed class JobWork
{
    public required string Id { get; init; }
    public required string WorkspaceId { get; init; }
    /// <summary>The job's connection, kept here so a connection's job works are one indexed lookup.</summary>
    public required string ConnectionId { get; init; }
    public required string ConnectionJobId { get; init; }
    public required string WorkId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public List<JobArtifact> JobArtifacts { get; init; } = [];

    /// <summary>
    /// The work as the job works query joined it, with the columns its selection reads; null when it was not read. Not a
    /// mapped navigation: the relationship is configured without one.
    /// </summary>
    [NotMapped]
    public Work? Work { get; init; }
}
