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
        => Base64Url.EncodeToString(Mac(artifactId, sha256, expires));

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
    private byte[] Mac(string artifactId, string sha256, long expires)
        => HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"jobgraph-download-v1\n{artifactId}\n{sha256}\n{expires}")));
}
