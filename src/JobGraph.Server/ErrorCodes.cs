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

    /// <summary>The caller sent more requests than its rate limit allows; HTTP 429 with Retry-After.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The id names no row the caller can reach: unknown, or another tenant's (the same answer, so ids cannot be probed).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>An argument the schema accepts but the operation cannot: an empty or oversize batch, a malformed URL, a blank name.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The target's state forbids the operation, e.g. adding works to a job whose import started.</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The server failed; details are in the server log, never in the response.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
