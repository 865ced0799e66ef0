namespace JobGraph.Server.Downloads;

/// <summary>A signed link to a stored file and the moment it stops working.</summary>
public sealed record DownloadLink(string Url, DateTime ExpiresAt);
