using System.Security.Cryptography;
using System.Text;

namespace JobGraph.Server.Http;

/// <summary>The hash Apollo's persisted queries use: SHA-256 of the UTF-8 query text, lowercase hex.</summary>
public static class PersistedQueryHash
{
    public static string Of(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
