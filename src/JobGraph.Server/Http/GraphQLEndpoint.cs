using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using JobGraph.Server.Limits;
using JobGraph.Server.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Http;

/// <summary>The GraphQL-over-HTTP endpoint: GET and POST on one path, status codes and content types per the spec.</summary>
public static class GraphQLEndpoint
{
    private static readonly IValidationRule[] _getRules = [.. LimitedRules.Core, GetOnlyQueriesRule.Instance];

    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        => endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        try
        {
            await AnswerAsync(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: nobody reads an answer.
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            // Logged once here, with the id the client gets to quote; the response carries no internals.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint))
                .LogError(ex, "GraphQL request failed; correlation id {CorrelationId}", http.TraceIdentifier);
            var error = new ExecutionError("An internal error occurred.") { Code = ErrorCodes.InternalServerError };
            error.Extensions = new Dictionary<string, object?> { [CorrelationId.Key] = http.TraceIdentifier };
            await WriteAsync(http, http.RequestServices.GetRequiredService<IGraphQLTextSerializer>(),
                StatusCodes.Status500InternalServerError, MediaTypes.Negotiate(http.Request) ?? MediaTypes.Json, new ExecutionResult { Errors = [error] });
        }
    }

    private static async Task AnswerAsync(HttpContext http)
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

        if (services.GetRequiredService<PersistedOperations>().Resolve(request) is { } persistedRefusal)
        {
            await ErrorAsync(http, serializer, persistedRefusal.StatusCode, mediaType, persistedRefusal.Code, persistedRefusal.Message);
            return;
        }

        var feature = http.Features.Get<GraphQLRequestFeature>();
        feature?.OperationName = request.OperationName;
        var limits = services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        var schema = services.GetRequiredService<JobGraphSchema>();
        var (document, refusal) = services.GetRequiredService<DocumentGate>().Open(request.Query!, request.Variables, schema);
        ExecutionResult result;
        if (refusal is not null)
        {
            result = new ExecutionResult { Errors = [refusal] };
        }
        else
        {
            var rules = HttpMethods.IsGet(http.Request.Method) ? _getRules : LimitedRules.Core;
            var cache = services.GetRequiredService<DocumentCache>();
            var validated = cache.IsValidated(request.Query!, request.OperationName, rules);
            var options = new ExecutionOptions
            {
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = new RequestServiceCache(services, services.GetRequiredService<SharedServiceTypes>()),
                User = http.User,
                UserContext = new Dictionary<string, object?> { [CorrelationId.Key] = http.TraceIdentifier },
                // A document that passed these rules before runs only the ones that depend on variables.
                ValidationRules = validated ? cache.VariableRules(rules) : rules,
                // GraphQL.NET links its own timeout to this token and answers a TimeoutError when it fires.
                CancellationToken = http.RequestAborted,
                Timeout = limits.Timeout,
                TimeoutAction = TimeoutAction.ReturnTimeoutError,
            };
            result = await services.GetRequiredService<IDocumentExecuter<JobGraphSchema>>().ExecuteAsync(options);
            if (result.Executed && !validated)
            {
                cache.Add(request.Query!, request.OperationName, rules, document!);
            }

            feature?.OperationName = request.OperationName ?? result.Operation?.Name?.StringValue;
        }

        ErrorCap.Apply(result, limits.MaxErrors);
        await WriteAsync(http, serializer, StatusCode(http, result, mediaType), mediaType, result);
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
        => WriteAsync(http, serializer, status, mediaType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });

    private static Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
