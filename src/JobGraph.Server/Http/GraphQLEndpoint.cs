using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Http;

/// <summary>The GraphQL-over-HTTP endpoint: GET and POST on one path, status codes and content types per the spec.</summary>
public static class GraphQLEndpoint
{
    private static readonly IValidationRule[] _getRules = [.. DocumentValidator.CoreRules, GetOnlyQueriesRule.Instance];

    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        => endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = MediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await ErrorAsync(http, serializer, StatusCodes.Status406NotAcceptable, MediaTypes.Json, ErrorCodes.BadRequest,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var maxRequestBytes = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.MaxRequestBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = maxRequestBytes;
        }

        var parsed = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, maxRequestBytes, http.RequestAborted);
        if (parsed.Request is not { } request)
        {
            var code = parsed.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.PayloadTooLarge : ErrorCodes.BadRequest;
            await ErrorAsync(http, serializer, parsed.StatusCode, mediaType, code, parsed.Error!);
            return;
        }

        if (services.GetRequiredService<PersistedOperations>().Resolve(request) is { } refusal)
        {
            await ErrorAsync(http, serializer, refusal.StatusCode, mediaType, refusal.Code, refusal.Message);
            return;
        }

        var options = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = http.User,
            CancellationToken = http.RequestAborted,
        };
        if (HttpMethods.IsGet(http.Request.Method))
        {
            options.ValidationRules = _getRules;
        }

        ExecutionResult result;
        try
        {
            result = await services.GetRequiredService<IDocumentExecuter<JobGraphSchema>>().ExecuteAsync(options);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        http.Features.Get<GraphQLRequestFeature>()?.OperationName = request.OperationName ?? result.Operation?.Name?.StringValue;
        http.Response.StatusCode = StatusCode(http, result, mediaType);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static int StatusCode(HttpContext http, ExecutionResult result, string mediaType)
    {
        var errors = result.Errors ?? [];
        if (!result.Executed && errors.Any(e => e is HttpMethodNotAllowedError))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            return StatusCodes.Status405MethodNotAllowed;
        }

        // application/json keeps 200 for every well-formed request, so clients written before
        // application/graphql-response+json read errors from the body as they always did.
        if (mediaType != MediaTypes.GraphQLResponse)
        {
            return StatusCodes.Status200OK;
        }

        if (!result.Executed)
        {
            return errors.Any(e => e is TimeoutError) ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status400BadRequest;
        }

        if (errors.Any(e => e.Code == ErrorCodes.Unauthenticated))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return StatusCodes.Status401Unauthorized;
        }

        return StatusCodes.Status200OK;
    }

    private static Task ErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
