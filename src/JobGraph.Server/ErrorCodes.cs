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

    /// <summary>The document could not be parsed, or nests deeper than the parser allows (GraphQL.NET's code for syntax errors).</summary>
    public const string SyntaxError = "SYNTAX_ERROR";

    /// <summary>The document is longer than <c>GraphQLLimits:MaxDocumentLength</c> characters.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The document defines more than <c>GraphQLLimits:MaxOperations</c> operations.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";

    /// <summary>Fields nest, or fragments spread fragments, deeper than <c>GraphQLLimits:MaxDepth</c>.</summary>
    public const string QueryTooDeep = "QUERY_TOO_DEEP";

    /// <summary>The document has more than <c>GraphQLLimits:MaxFields</c> fields with its fragments expanded.</summary>
    public const string TooManyFields = "TOO_MANY_FIELDS";

    /// <summary>The document has more than <c>GraphQLLimits:MaxAliases</c> aliased fields with its fragments expanded.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>The estimated cost of the document is above <c>GraphQLLimits:MaxCost</c>.</summary>
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";

    /// <summary>One list field is asked for with more than <c>GraphQLLimits:MaxListVariants</c> different argument sets.</summary>
    public const string TooManyListVariants = "TOO_MANY_LIST_VARIANTS";

    /// <summary>A fragment spreads itself, directly or through other fragments (GraphQL.NET's code for this rule).</summary>
    public const string FragmentCycle = "NO_FRAGMENT_CYCLES";

    /// <summary>Stands for the errors past <c>GraphQLLimits:MaxErrors</c> that the response leaves out.</summary>
    public const string TooManyErrors = "TOO_MANY_ERRORS";

    /// <summary>The request ran longer than <c>GraphQLLimits:Timeout</c> and was stopped (GraphQL.NET's code for its timeout error).</summary>
    public const string Timeout = "TIMEOUT";
}
