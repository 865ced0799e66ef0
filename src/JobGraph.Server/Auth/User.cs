using JobGraph.Server.Workspaces;

namespace JobGraph.Server.Auth;

public sealed class User
{
    public required string Id { get; init; }
    public required string Email { get; set; }
    public string? Name { get; set; }
    public UserRole Role { get; set; }
    public required DateTime CreatedAt { get; init; }
    public List<WorkspaceMembership> Memberships { get; init; } = [];
}
