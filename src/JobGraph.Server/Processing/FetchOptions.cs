namespace JobGraph.Server.Processing;

public sealed class FetchOptions
{
    public const string Section = "Fetch";

    /// <summary>Bounds both connecting and the whole download, redirects included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest file fetched, in bytes; larger files fail with <c>TOO_LARGE</c>.</summary>
    public long MaxBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>How many redirects one download may follow.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Host names, IP addresses or CIDR ranges exempt from the refusal of private and loopback addresses.</summary>
    public IList<string> AllowedHosts { get; } = [];
}
