using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace JobGraph.Server.Limits;

/// <summary>Two fields with one response name that cannot be merged (spec 5.3.2), with GraphQL.NET's code for it.</summary>
public sealed class FieldsConflictError : ValidationError
{
    public FieldsConflictError(ROM source, string message, params ASTNode[] nodes)
        : base(source, "5.3.2", message, nodes)
    {
        Code = "OVERLAPPING_FIELDS_CAN_BE_MERGED";
    }
}
