using GraphQL.Transport;

namespace JobGraph.Server.Http;

/// <summary>A parsed GraphQL request, or why the HTTP request is not one.</summary>
public sealed record RequestParseResult(GraphQLRequest? Request, int StatusCode, string? Error)
{
    public static RequestParseResult Ok(GraphQLRequest request) => new(request, StatusCodes.Status200OK, null);

    public static RequestParseResult Fail(int statusCode, string error) => new(null, statusCode, error);
}
