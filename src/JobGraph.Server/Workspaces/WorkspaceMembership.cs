using JobGraph.Server.Auth;

namespace JobGraph.Server.Workspaces;

/// <summary>Grants a user access to a workspace; <c>me.workspaces</c> lists only these.</summary>
public sealed class WorkspaceMembership
{
    public required string WorkspaceId { get; init; }
    public required string UserId { get; init; }
    public required DateTime CreatedAt { get; init; }
    public Workspace? Workspace { get; init; }
    public User? User { get; init; }
}
