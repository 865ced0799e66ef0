namespace JobGraph.Server;

/// <summary>
/// The <c>extensions.code</c> values JobGraph itself reports. Shipped codes never change. Validation errors keep
/// GraphQL.NET's codes (e.g. INVALID_VALUE, FIELDS_ON_CORRECT_TYPE, SYNTAX_ERROR).
/// </summary>
public static class ErrorCodes
{
    /// <summary>The field needs a valid bearer token and the request had none, or a bad one.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The HTTP request is not a GraphQL request (malformed JSON, missing query, wrong parameter types).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A mutation was sent with GET; GraphQL over HTTP only allows queries there.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The request body is larger than the server accepts.</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The server failed; details are in the server log, never in the response.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>An automatic persisted query's hash is not known (yet): send the query with the hash to register it.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The query sent with a persisted-query hash does not hash to it.</summary>
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Persisted queries are switched off, or the request names a persisted-query version other than 1.</summary>
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>Only the operations of the trusted-documents manifest may run on this server, and this is not one.</summary>
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";
}
