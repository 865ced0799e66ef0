using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace JobGraph.Server.Http;

public sealed class HttpMethodNotAllowedError : ValidationError
{
    public HttpMethodNotAllowedError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"Only query operations can be sent with GET; send this {operation.Operation.ToString().ToLowerInvariant()} with POST.", operation)
    {
        Code = ErrorCodes.MethodNotAllowed;
    }
}
