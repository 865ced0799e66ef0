using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobGraph.Server.Downloads;

/// <summary>
/// HMAC-SHA256 over everything a download link grants: which artifact, which exact bytes (their SHA-256, so a link
/// never serves a later re-fetch's different file) and until when.
/// </summary>
public sealed class UrlSigner(SigningKey key)
{
    public string Sign(string artifactId, string sha256, long expires)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(artifactId, sha256, expires, mac);
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>True when <paramref name="signature"/> is the one <see cref="Sign"/> gives for these values.</summary>
    public bool Verify(string artifactId, string sha256, long expires, string signature)
    {
        // Compares the canonical text, in constant time: decoding the caller's text would accept other spellings of the
        // same bytes, and throws on some malformed ones.
        var expected = Encoding.ASCII.GetBytes(Sign(artifactId, sha256, expires));
        var given = Encoding.UTF8.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    // The hash and the expiry cannot hold a newline (both are checked before verifying), so the fields cannot run into
    // each other; the purpose prefix keeps this key's MACs from meaning anything elsewhere.
    // Every link of a response is signed: the message is built in a pooled buffer, not as a string and a byte array.
    private void Mac(string artifactId, string sha256, long expires, Span<byte> mac)
    {
        const string Purpose = "jobgraph-download-v1\n";
        var buffer = ArrayPool<byte>.Shared.Rent(Purpose.Length + Encoding.UTF8.GetMaxByteCount(artifactId.Length + sha256.Length) + 32);
        try
        {
            var written = 0;
            if (!Encoding.UTF8.TryGetBytes(Purpose, buffer, out var length))
            {
                throw new InvalidOperationException("The signing buffer is too small.");
            }

            written += length;
            written += Encoding.UTF8.GetBytes(artifactId, buffer.AsSpan(written));
            buffer[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(sha256, buffer.AsSpan(written));
            buffer[written++] = (byte)'\n';
            if (!expires.TryFormat(buffer.AsSpan(written), out length, provider: CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("The signing buffer is too small.");
            }

            written += length;
            HMACSHA256.HashData(key.Bytes, buffer.AsSpan(0, written), mac);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
