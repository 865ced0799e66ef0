namespace JobGraph.Server.Processing;

/// <summary>The MIME type to record for a file, or, when <see cref="Matches"/> is false, what its bytes really are.</summary>
public sealed record MimeCheck(string MimeType, bool Matches);
