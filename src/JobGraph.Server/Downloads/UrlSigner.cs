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
    private const int SignatureBytes = 32;

    public string Sign(string artifactId, string sha256, long expires)
        => Base64Url.EncodeToString(Mac(artifactId, sha256, expires));

    /// <summary>True when <paramref name="signature"/> is the one <see cref="Sign"/> gives for these values.</summary>
    public bool Verify(string artifactId, string sha256, long expires, string signature)
    {
        Span<byte> given = stackalloc byte[SignatureBytes];
        return signature.Length == Base64Url.GetEncodedLength(SignatureBytes)
            && Base64Url.TryDecodeFromChars(signature, given, out var written)
            && written == SignatureBytes
            && CryptographicOperations.FixedTimeEquals(given, Mac(artifactId, sha256, expires));
    }

    // The hash and the expiry cannot hold a newline (both are checked before verifying), so the fields cannot run into
    // each other; the purpose prefix keeps this key's MACs from meaning anything elsewhere.
    private byte[] Mac(string artifactId, string sha256, long expires)
        => HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"jobgraph-download-v1\n{artifactId}\n{sha256}\n{expires}")));
}
