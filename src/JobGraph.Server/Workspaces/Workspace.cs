using JobGraph.Server.Connections;

namespace JobGraph.Server.Workspaces;

public sealed class Workspace
{
    public required string Id { get; init; }
    public required string Slug { get; set; }
    public required string DisplayName { get; set; }
    public required string Status { get; set; }
    public WorkspaceKind Kind { get; set; }
    public required DateTime CreatedAt { get; init; }
    public required DateTime UpdatedAt { get; set; }
    public List<WorkspaceMembership> Memberships { get; init; } = [];
    public List<ProviderConnection> Connections { get; init; } = [];
}
