namespace JobGraph.Server.Auth;

/// <summary>A bearer token. Only its SHA-256 hash is stored, so a database leak does not leak tokens.</summary>
public sealed class ApiToken
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string TokenHash { get; init; }
    public required string Name { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; set; }
    public User? User { get; init; }
}
