namespace JobGraph.Server.Auth;

/// <summary>A token just created, with the secret the caller sees this once and the database never stores.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);
