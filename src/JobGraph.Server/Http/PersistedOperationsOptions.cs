namespace JobGraph.Server.Http;

public sealed class PersistedOperationsOptions
{
    public const string Section = "PersistedOperations";

    /// <summary>Accept Apollo-style automatic persisted queries (<c>extensions.persistedQuery</c>).</summary>
    public bool AutomaticEnabled { get; set; } = true;

    /// <summary>
    /// How many bytes of registered query text the process keeps; the least recently used go first. A miss only costs
    /// the client one resend with the full query, so the cache is per process and not shared between replicas.
    /// </summary>
    public long CacheBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Run only the operations listed in <see cref="ManifestPath"/>; nothing else, and no registration.</summary>
    public bool TrustedOnly { get; set; }

    /// <summary>A JSON object of SHA-256 hex hash to document, relative to the content root.</summary>
    public string? ManifestPath { get; set; }
}
