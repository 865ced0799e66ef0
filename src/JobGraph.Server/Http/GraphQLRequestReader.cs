using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace JobGraph.Server.Http;

/// <summary>Reads a GraphQL request from a GET query string or a JSON POST body, as GraphQL over HTTP defines them.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer)
{
    /// <param name="request">The HTTP request.</param>
    /// <param name="maxRequestBytes">The largest body accepted; Kestrel also enforces it while the body streams in.</param>
    /// <param name="cancellationToken">Aborts the read.</param>
    public async Task<RequestParseResult> ReadAsync(HttpRequest request, long maxRequestBytes, CancellationToken cancellationToken)
    {
        try
        {
            var parsed = HttpMethods.IsGet(request.Method)
                ? ReadQueryString(request.Query)
                : await ReadBodyAsync(request, maxRequestBytes, cancellationToken);
            if (parsed.Request is { Query: null })
            {
                return RequestParseResult.Fail(StatusCodes.Status400BadRequest, "The request has no 'query' string.");
            }

            return parsed;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // The serializer's own message names .NET types; the client gets the shape it should have sent and where it went wrong.
            var where = ex is JsonException { Path: { } path } ? $" (at {Truncate(path)})" : "";
            return RequestParseResult.Fail(StatusCodes.Status400BadRequest,
                $"The request is not a valid GraphQL request{where}: send a JSON object with a string 'query', an optional string "
                + "'operationName' and optional objects 'variables' and 'extensions'.");
        }
        catch (BadHttpRequestException ex)
        {
            return RequestParseResult.Fail(ex.StatusCode, ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is too large."
                : "The request body could not be read.");
        }
    }

    private RequestParseResult ReadQueryString(IQueryCollection query) => RequestParseResult.Ok(new GraphQLRequest
    {
        Query = query["query"],
        OperationName = query["operationName"] is { Count: > 0 } name && !string.IsNullOrEmpty(name) ? name.ToString() : null,
        Variables = Json<Inputs>(query["variables"]),
        Extensions = Json<Inputs>(query["extensions"]),
    });

    private async Task<RequestParseResult> ReadBodyAsync(HttpRequest request, long maxRequestBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return RequestParseResult.Fail(StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");
        }

        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return RequestParseResult.Fail(StatusCodes.Status415UnsupportedMediaType, "Only the utf-8 charset is supported.");
        }

        if (request.ContentLength > maxRequestBytes)
        {
            return RequestParseResult.Fail(StatusCodes.Status413PayloadTooLarge, "The request body is too large.");
        }

        var body = await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken);
        return body is null
            ? RequestParseResult.Fail(StatusCodes.Status400BadRequest, "The request body must be a JSON object.")
            : RequestParseResult.Ok(body);
    }

    private static string Truncate(string path) => path.Length <= 100 ? path : path[..100] + "…";

    private T? Json<T>(string? text) => string.IsNullOrEmpty(text) ? default : serializer.Deserialize<T>(text);
}
