using GraphQL.Types;
using GraphQLParser.AST;

namespace JobGraph.Server.Limits;

/// <summary>Looks up the definition of a field the way execution does, introspection meta-fields included.</summary>
public static class SchemaFields
{
    /// <summary>The definition of <paramref name="field"/> on <paramref name="parent"/>, or null when either is unknown.</summary>
    public static FieldType? Find(ISchema schema, IGraphType? parent, GraphQLField field)
    {
        var name = field.Name.Value;
        if (name.Span.SequenceEqual("__typename"))
        {
            return parent is null ? null : schema.TypeNameMetaFieldType;
        }

        if (ReferenceEquals(parent, schema.Query))
        {
            if (name.Span.SequenceEqual("__schema"))
            {
                return schema.SchemaMetaFieldType;
            }

            if (name.Span.SequenceEqual("__type"))
            {
                return schema.TypeMetaFieldType;
            }
        }

        return parent is IComplexGraphType complex ? complex.GetField(name) : null;
    }

    /// <summary>The type named by a fragment's type condition, or <paramref name="parent"/> when it has none.</summary>
    public static IGraphType? Condition(ISchema schema, GraphQLTypeCondition? condition, IGraphType? parent)
        => condition is null ? parent : schema.AllTypes[condition.Type.Name.StringValue];

    /// <summary>Whether the field's type, under a non-null wrapper, is a list.</summary>
    public static bool IsList(IGraphType? type)
        => (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
