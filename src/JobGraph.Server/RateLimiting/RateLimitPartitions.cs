using JobGraph.Server.Auth;

namespace JobGraph.Server.RateLimiting;

/// <summary>Who a request counts against: its bearer token when the token is valid, otherwise its client IP.</summary>
public static class RateLimitPartitions
{
    /// <summary>
    /// Runs after authentication: an unknown, revoked or expired token counts against the IP, so inventing a new
    /// token per request does not buy a fresh allowance. The token is hashed so no secret stays in the limiter's keys.
    /// </summary>
    public static string KeyOf(HttpContext context)
        => context.User.Identity?.IsAuthenticated == true && BearerTokenHandler.TokenOf(context.Request) is { } token
            ? "token:" + TokenHasher.Hash(token)
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
