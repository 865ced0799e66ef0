namespace JobGraph.Server.Processing;

/// <summary>A downloaded file in the blob store: its hash, size and checked MIME type.</summary>
public sealed record FetchedFile(string Sha256, long Size, string MimeType);
