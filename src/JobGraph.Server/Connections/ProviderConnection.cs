using JobGraph.Server.Jobs;
using JobGraph.Server.Works;

namespace JobGraph.Server.Connections;

public sealed class ProviderConnection
{
    public required string Id { get; init; }
    public required string WorkspaceId { get; init; }
    public required string ProviderKey { get; init; }
    public required string Status { get; set; }
    public string? Action { get; set; }
    public string? DisplayName { get; set; }
    public string? SettingsJson { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public Provider? Provider { get; init; }
    public List<ConnectionJob> ConnectionJobs { get; init; } = [];
    public List<JobWork> JobWorks { get; init; } = [];
}
