using System.Text.Json;

namespace JobGraph.Server.Http;

/// <summary>The trusted-documents manifest: SHA-256 hex hash of each allowed document to the document.</summary>
public sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _documents;

    private TrustedDocuments(Dictionary<string, string> documents) => _documents = documents;

    public static TrustedDocuments None { get; } = new([]);

    public int Count => _documents.Count;

    public bool TryGet(string hash, out string document) => _documents.TryGetValue(hash, out document!);

    /// <summary>Reads and checks the manifest; a hash that does not match its document stops the server with a sentence.</summary>
    public static TrustedDocuments Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"PersistedOperations:ManifestPath '{path}' does not exist.");
        }

        var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"The trusted-documents manifest '{path}' must be a JSON object of hash to document.");
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (hash, document) in entries)
        {
            if (!string.Equals(PersistedQueryHash.Of(document), hash, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The trusted-documents manifest '{path}' lists {hash}, which is not the SHA-256 of its document.");
            }

            documents[hash.ToLowerInvariant()] = document;
        }

        return new TrustedDocuments(documents);
    }
}
