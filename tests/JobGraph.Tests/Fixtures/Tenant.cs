using JobGraph.Server.Auth;
using JobGraph.Server.Connections;
using JobGraph.Server.Data;
using JobGraph.Server.Workspaces;

namespace JobGraph.Tests.Fixtures;

/// <summary>A user with a bearer token, a workspace the user belongs to and one active canopy connection.</summary>
public sealed record Tenant(string UserId, string Token, string WorkspaceId, string ConnectionId)
{
    public static readonly DateTime Epoch = new(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public static Tenant New() => new(TestIds.New("user"), TestIds.New("token"), TestIds.New("workspace"), TestIds.New("connection"));

    public void AddTo(JobGraphDbContext db)
    {
        db.Users.Add(new User { Id = UserId, Email = $"{UserId}@example.test", Role = UserRole.User, CreatedAt = Epoch });
        db.ApiTokens.Add(new ApiToken { Id = TestIds.New("apitoken"), UserId = UserId, TokenHash = TokenHasher.Hash(Token), Name = "test", CreatedAt = Epoch });
        db.Workspaces.Add(NewWorkspace(WorkspaceId, Epoch));
        db.WorkspaceMemberships.Add(new WorkspaceMembership { UserId = UserId, WorkspaceId = WorkspaceId, CreatedAt = Epoch });
        db.Connections.Add(Connection(ConnectionId, "canopy", "active", Epoch));
    }

    /// <summary>An active partner workspace row, created and last updated at <paramref name="createdAt"/>.</summary>
    public static Workspace NewWorkspace(string id, DateTime createdAt, string? displayName = null) => new()
    {
        Id = id,
        Slug = id,
        DisplayName = displayName ?? "Workspace " + id,
        Status = "active",
        Kind = WorkspaceKind.Partner,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };

    /// <summary>A further connection of this tenant's workspace (providers: canopy, taxdome, google_drive, drake).</summary>
    public ProviderConnection Connection(string id, string providerKey, string status, DateTime createdAt) => new()
    {
        Id = id,
        WorkspaceId = WorkspaceId,
        ProviderKey = providerKey,
        Status = status,
        DisplayName = providerKey + " " + id,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };
}
