using GraphQL.Validation;
using GraphQLParser.AST;

namespace JobGraph.Server.Http;

/// <summary>GET requests may only run queries (GraphQL over HTTP): a GET mutation is answered 405.</summary>
public sealed class GetOnlyQueriesRule : ValidationRuleBase
{
    public static readonly GetOnlyQueriesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodNotAllowedError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
