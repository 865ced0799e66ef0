namespace JobGraph.Server.Storage;

/// <summary>A file in the <see cref="IBlobStore"/>: its lower-case hex SHA-256 and its size in bytes.</summary>
public sealed record StoredBlob(string Sha256, long Size);
