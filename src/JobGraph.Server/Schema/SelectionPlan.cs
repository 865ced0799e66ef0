using GraphQL.Types;
using GraphQLParser.AST;

namespace JobGraph.Server.Schema;

/// <summary>
/// The fields one selection set asks of one object type, collected once (fragments expanded, fields of one response
/// name merged) instead of once per object: a list of 2,500 artifacts shares one plan for its items.
/// </summary>
public sealed class SelectionPlan
{
    public SelectionPlan(IReadOnlyList<KeyValuePair<string, (GraphQLField Field, FieldType Definition)>> fields)
    {
        Names = new string[fields.Count];
        Fields = new GraphQLField[fields.Count];
        Definitions = new FieldType[fields.Count];
        Leaves = new bool[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, (field, definition)) = fields[i];
            Names[i] = name;
            Fields[i] = field;
            Definitions[i] = definition;
            Leaves[i] = IsPlainLeaf(field, definition);
            HasLeaves |= Leaves[i];
        }
    }

    /// <summary>Response names (aliases or field names), in the order the response lists them.</summary>
    public string[] Names { get; }

    public GraphQLField[] Fields { get; }

    public FieldType[] Definitions { get; }

    /// <summary>Which fields may be resolved while their object completes (<see cref="IsPlainLeaf"/>).</summary>
    public bool[] Leaves { get; }

    public bool HasLeaves { get; }

    public int Count => Names.Length;

    /// <summary>
    /// A scalar or enum field without arguments or directives, outside introspection: its resolver needs nothing of the
    /// context but the source and the request's services, and its value needs no execution node of its own.
    /// </summary>
    private static bool IsPlainLeaf(GraphQLField field, FieldType definition)
    {
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
        return type is ScalarGraphType
            && (definition.Arguments is null || definition.Arguments.Count == 0)
            && (field.Directives is null || field.Directives.Count == 0)
            && !definition.Name.StartsWith("__", StringComparison.Ordinal);
    }
}
