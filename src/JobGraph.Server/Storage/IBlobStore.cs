namespace JobGraph.Server.Storage;

/// <summary>
/// Content-addressed file storage: a file is named by the SHA-256 of its bytes, so storing the same bytes twice keeps
/// one copy and a retried download is idempotent. The embedded default keeps files on disk
/// (<see cref="FileBlobStore"/>); a blob-service implementation can take its place.
/// </summary>
public interface IBlobStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into the store and returns its hash and size. Nothing is visible under the
    /// hash until every byte is written; a failed or cancelled write leaves nothing behind.
    /// </summary>
    Task<StoredBlob> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading, or returns null when no file has that hash.</summary>
    Stream? OpenRead(string sha256);
}
