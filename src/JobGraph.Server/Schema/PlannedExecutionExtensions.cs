using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace JobGraph.Server.Schema;

public static class PlannedExecutionExtensions
{
    /// <summary>
    /// Queries run on <see cref="QueryExecutionStrategy"/> and results are written by <see cref="ExecutionResultJsonWriter"/>,
    /// the one writer that knows its nodes; mutations keep GraphQL.NET's serial strategy.
    /// </summary>
    public static IGraphQLBuilder AddPlannedExecution(this IGraphQLBuilder builder)
        => builder
            .AddSystemTextJson(static json => json.Converters.Insert(0, new ExecutionResultJsonWriter()))
            .AddExecutionStrategy<QueryExecutionStrategy>(OperationType.Query);
}
