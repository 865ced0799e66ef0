using System.Security.Cryptography;
using System.Text;

namespace JobGraph.Server.Auth;

/// <summary>Bearer tokens are stored as SHA-256 hashes: high-entropy secrets need no salt or slow hash.</summary>
public static class TokenHasher
{
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
