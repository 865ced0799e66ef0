using System.Text.Json;
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
        Inline = new InlineKind[fields.Count];
        NamedTypes = new IGraphType[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, (field, definition)) = fields[i];
            Names[i] = name;
            Fields[i] = field;
            Definitions[i] = definition;
            NamedTypes[i] = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType! : definition.ResolvedType!;
            Inline[i] = KindOf(field, definition, NamedTypes[i]);
            HasInline |= Inline[i] != InlineKind.None;
        }
    }

    /// <summary>Response names (aliases or field names), in the order the response lists them.</summary>
    public string[] Names { get; }

    public GraphQLField[] Fields { get; }

    public FieldType[] Definitions { get; }

    /// <summary>Which fields may be resolved while their object completes (<see cref="KindOf"/>).</summary>
    public InlineKind[] Inline { get; }

    /// <summary>Each field's type without its non-null wrapper (a list stays a list).</summary>
    public IGraphType[] NamedTypes { get; }

    public bool HasInline { get; }

    public int Count => Names.Length;

    private EncodedNames? _encoded;

    /// <summary>The response names as the writer writes them under <paramref name="options"/>: converted and escaped once.</summary>
    public JsonEncodedText[] Encoded(JsonSerializerOptions options)
    {
        if (_encoded is { } known && ReferenceEquals(known.Options, options))
        {
            return known.Names;
        }

        var names = new JsonEncodedText[Names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = JsonEncodedText.Encode(options.PropertyNamingPolicy?.ConvertName(Names[i]) ?? Names[i], options.Encoder);
        }

        _encoded = new EncodedNames(options, names);
        return names;
    }

    /// <summary>
    /// A field without arguments or directives, outside introspection, whose resolver needs nothing of the context but the
    /// source and the request's services: a scalar or enum, whose value needs no execution node of its own, or a single
    /// object of a concrete type, whose node can be completed at once when its resolver answers at once.
    /// </summary>
    private static InlineKind KindOf(GraphQLField field, FieldType definition, IGraphType type)
    {
        if ((definition.Arguments is not null && definition.Arguments.Count > 0)
            || (field.Directives is not null && field.Directives.Count > 0)
            || definition.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return InlineKind.None;
        }

        return type switch
        {
            ScalarGraphType => InlineKind.Leaf,
            IObjectGraphType => InlineKind.SingleObject,
            _ => InlineKind.None,
        };
    }

    private sealed record EncodedNames(JsonSerializerOptions Options, JsonEncodedText[] Names);
}
