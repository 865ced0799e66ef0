using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Storage;

/// <summary>
/// Keeps files under <see cref="StorageOptions.Path"/> as <c>ab/abcdef…</c> (the first two hex digits of the hash
/// fan the files out over folders). Bytes go to a temporary file first and are moved into place only once complete,
/// so a crash mid-write never leaves a partial file under a hash.
/// </summary>
public sealed class FileBlobStore : IBlobStore
{
    private readonly string _root;

    public FileBlobStore(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        _root = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        Directory.CreateDirectory(System.IO.Path.Combine(_root, "tmp"));
    }

    public async Task<StoredBlob> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var temp = System.IO.Path.Combine(_root, "tmp", Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathOf(sha256);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            // Same bytes, same name: when the file is already there (a retried download), the copy just made is dropped.
            if (!File.Exists(target))
            {
                File.Move(temp, target, overwrite: true);
            }

            return new StoredBlob(sha256, size);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Stream? OpenRead(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var path = PathOf(sha256);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
    }

    private string PathOf(string sha256) => System.IO.Path.Combine(_root, sha256[..2], sha256);
}
