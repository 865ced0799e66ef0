using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace JobGraph.Server.Telemetry;

/// <summary>
/// One span per GraphQL operation, named after it ("query GetJobWorks"), and the request count and latency metrics by
/// operation and outcome. DataLoader batches and SQL commands of the operation become its child spans.
/// </summary>
public sealed class OperationTelemetry : IConfigureExecution
{
    // Operation names come from clients: past this many distinct names, metrics label further ones "(other)" so a
    // client inventing names cannot grow the metric series without bound. Spans keep every name.
    private const int MaxOperationNames = 500;
    private readonly ConcurrentDictionary<string, bool> _names = new(StringComparer.Ordinal);

    // Runs before GraphQL.NET's own configurations, so the span covers parsing and validation too.
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        using var activity = JobGraphTelemetry.Source.StartActivity("graphql.operation");
        var started = Stopwatch.GetTimestamp();
        var result = await next(options).ConfigureAwait(false);

        var type = result.Operation?.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var name = options.OperationName ?? result.Operation?.Name?.StringValue ?? OnlyOperationName(options.Query) ?? "(anonymous)";
        var outcome = !result.Executed ? "rejected" : result.Errors is { Count: > 0 } ? "error" : "success";
        if (activity is not null)
        {
            activity.DisplayName = $"{type} {name}";
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
            activity.SetTag("graphql.outcome", outcome);
            if (outcome != "success")
            {
                activity.SetStatus(ActivityStatusCode.Error, result.Errors?.FirstOrDefault()?.Code);
            }
        }

        var tags = new TagList { { "graphql.operation.name", MetricName(name) }, { "graphql.outcome", outcome } };
        JobGraphTelemetry.Requests.Add(1, tags);
        JobGraphTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        return result;
    }

    private string MetricName(string name)
        => _names.ContainsKey(name) || (_names.Count < MaxOperationNames && _names.TryAdd(name, true)) ? name : "(other)";

    // A document that failed validation has no selected operation; its only operation still names it. Parsed again
    // on that path only.
    private static string? OnlyOperationName(string? query)
    {
        try
        {
            return query is null ? null : Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().SingleOrDefault()?.Name?.StringValue;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }
}
