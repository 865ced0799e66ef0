namespace JobGraph.Server.RateLimiting;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Off by default, so a newcomer trying the demo never meets a 429.</summary>
    public bool Enabled { get; set; }

    /// <summary>Requests one token (or, without a valid token, one client IP) may send per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
