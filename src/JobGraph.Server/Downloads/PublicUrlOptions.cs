namespace JobGraph.Server.Downloads;

public sealed class PublicUrlOptions
{
    /// <summary>A top-level setting: download links are part of the server's public face, not of one area.</summary>
    public const string Key = "PublicBaseUrl";

    /// <summary>
    /// The server's address as callers see it (e.g. <c>https://jobs.example.com</c> behind a proxy). When unset, links
    /// use the scheme and host of the request that asked for them.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
