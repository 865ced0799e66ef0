using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Http;

/// <summary>
/// Apollo automatic persisted queries (<c>extensions.persistedQuery { version: 1, sha256Hash }</c>) and the trusted-documents
/// mode. Called once per request before execution; fills in the query a hash stands for, or says why it cannot run.
/// </summary>
public sealed class PersistedOperations : IDisposable
{
    private readonly PersistedOperationsOptions _options;
    private readonly TrustedDocuments _trusted;
    private readonly MemoryCache _registered;

    public PersistedOperations(IOptions<PersistedOperationsOptions> options, IHostEnvironment environment)
    {
        _options = options.Value;
        _trusted = _options.ManifestPath is { Length: > 0 } manifest
            ? TrustedDocuments.Load(Path.GetFullPath(manifest, environment.ContentRootPath))
            : TrustedDocuments.None;
        _registered = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.CacheBytes });
    }

    /// <summary>True when the request carries <c>extensions.persistedQuery</c>, so a missing query is not a malformed request.</summary>
    public static bool IsPersisted(Inputs? extensions) => extensions?.ContainsKey("persistedQuery") == true;

    /// <summary>Sets <paramref name="request"/>'s query from its hash when needed; null when it may run.</summary>
    public PersistedOperationRefusal? Resolve(GraphQLRequest request)
    {
        if (!TryReadHash(request.Extensions, out var hash, out var refusal))
        {
            return refusal;
        }

        if (_options.TrustedOnly)
        {
            return Trusted(request, hash);
        }

        if (hash is null)
        {
            return null;
        }

        if (!_options.AutomaticEnabled)
        {
            return new(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotSupported, "Persisted queries are not supported by this server.");
        }

        if (request.Query is null)
        {
            if (_registered.TryGetValue(hash, out string? known) || _trusted.TryGet(hash, out known!))
            {
                request.Query = known;
                return null;
            }

            // 200: a miss is part of the protocol; the client resends with the query.
            return new(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
        }

        if (PersistedQueryHash.Of(request.Query) != hash)
        {
            return new(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch, "The query does not hash to extensions.persistedQuery.sha256Hash.");
        }

        _registered.Set(hash, request.Query, new MemoryCacheEntryOptions { Size = Encoding.UTF8.GetByteCount(request.Query) });
        return null;
    }

    public void Dispose() => _registered.Dispose();

    private PersistedOperationRefusal? Trusted(GraphQLRequest request, string? hash)
    {
        hash ??= request.Query is null ? null : PersistedQueryHash.Of(request.Query);
        if (hash is null || !_trusted.TryGet(hash, out var document) || (request.Query is not null && request.Query != document))
        {
            return new(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotAllowed, "Only the trusted operations of this server's manifest may run.");
        }

        request.Query = document;
        return null;
    }

    private static bool TryReadHash(Inputs? extensions, out string? hash, out PersistedOperationRefusal? refusal)
    {
        (hash, refusal) = (null, null);
        if (!IsPersisted(extensions))
        {
            return true;
        }

        if (extensions!["persistedQuery"] is not IDictionary<string, object?> persisted
            || Value(persisted, "sha256Hash") is not string { Length: 64 } sha256
            || !sha256.All(char.IsAsciiHexDigit))
        {
            refusal = new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "extensions.persistedQuery needs a sha256Hash of 64 hex digits.");
            return false;
        }

        if (Value(persisted, "version") is not (1 or 1L or 1.0))
        {
            refusal = new(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotSupported, "Only version 1 of persisted queries is supported.");
            return false;
        }

        hash = sha256.ToLowerInvariant();
        return true;
    }

    private static object? Value(IDictionary<string, object?> values, string key) => values.TryGetValue(key, out var value) ? value : null;
}
