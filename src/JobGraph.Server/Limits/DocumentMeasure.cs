using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Limits;

/// <summary>
/// Measures a parsed document in one pass over its text: each fragment is measured once, in dependency order,
/// and a spread adds its fragment's totals. The expanded size of <c>F1 { ...F2 ...F2 } F2 { ...F3 ...F3 }</c>
/// chains is exponential in the text, but measuring it stays linear.
/// </summary>
public sealed class DocumentMeasure
{
    private readonly ISchema _schema;
    private readonly Inputs? _variables;
    private readonly int _defaultListSize;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Totals> _measured = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _listVariants = new(StringComparer.Ordinal);

    private DocumentMeasure(ISchema schema, Inputs? variables, int defaultListSize)
        => (_schema, _variables, _defaultListSize) = (schema, variables, defaultListSize);

    /// <summary>Measures <paramref name="document"/>; <paramref name="variables"/> give the list sizes passed as variables.</summary>
    public static DocumentShape Measure(GraphQLDocument document, ISchema schema, Inputs? variables, int defaultListSize)
        => new DocumentMeasure(schema, variables, defaultListSize).Run(document);

    private DocumentShape Run(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var cycle = MeasureFragments();
        var total = new Totals();
        var operations = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            operations++;
            IGraphType? root = operation.Operation switch
            {
                OperationType.Query => _schema.Query,
                OperationType.Mutation => _schema.Mutation,
                _ => _schema.Subscription,
            };
            total = total.Plus(Walk(operation.SelectionSet, root));
        }

        var widest = _listVariants.Count == 0 ? default : _listVariants.MaxBy(v => v.Value.Count);
        return new DocumentShape(operations, total.Fields, total.Aliases, total.Depth, total.Chain, total.Cost,
            widest.Value?.Count ?? 0, widest.Key, cycle);
    }

    // Depth-first over the spread graph without recursion (a chain of thousands of fragments must not overflow
    // the stack): a fragment is measured once all fragments it spreads are. Returns a fragment on a cycle, if any.
    private string? MeasureFragments()
    {
        string? cycle = null;
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in _fragments.Keys)
        {
            if (_measured.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(string Name, IEnumerator<string> Spreads)>();
            stack.Push((start, Spreads(_fragments[start].SelectionSet).GetEnumerator()));
            onPath.Add(start);
            while (stack.Count > 0)
            {
                var (name, spreads) = stack.Peek();
                if (spreads.MoveNext())
                {
                    var next = spreads.Current;
                    if (onPath.Contains(next))
                    {
                        cycle ??= next;
                    }
                    else if (!_measured.ContainsKey(next) && _fragments.TryGetValue(next, out var definition))
                    {
                        stack.Push((next, Spreads(definition.SelectionSet).GetEnumerator()));
                        onPath.Add(next);
                    }

                    continue;
                }

                stack.Pop();
                onPath.Remove(name);
                var fragment = _fragments[name];
                _measured[name] = Walk(fragment.SelectionSet, SchemaFields.Condition(_schema, fragment.TypeCondition, null));
            }
        }

        return cycle;
    }

    private static IEnumerable<string> Spreads(GraphQLSelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLFragmentSpread spread => [spread.FragmentName.Name.StringValue],
                GraphQLField { SelectionSet: { } children } => Spreads(children),
                GraphQLInlineFragment inline => Spreads(inline.SelectionSet),
                _ => [],
            };
            foreach (var name in nested)
            {
                yield return name;
            }
        }
    }

    private Totals Walk(GraphQLSelectionSet selectionSet, IGraphType? parent)
    {
        var totals = new Totals();
        foreach (var selection in selectionSet.Selections)
        {
            totals = selection switch
            {
                GraphQLField field => totals.Plus(Field(field, parent)),
                GraphQLInlineFragment inline => totals.Plus(Walk(inline.SelectionSet, SchemaFields.Condition(_schema, inline.TypeCondition, parent))),
                // A fragment on a cycle or never defined adds nothing: the document is refused for it anyway.
                GraphQLFragmentSpread spread => _measured.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    ? totals.Plus(fragment with { Chain = fragment.Chain + 1 })
                    : totals,
                _ => totals,
            };
        }

        return totals;
    }

    private Totals Field(GraphQLField field, IGraphType? parent)
    {
        var definition = SchemaFields.Find(_schema, parent, field);
        var isList = SchemaFields.IsList(definition?.ResolvedType);
        var children = field.SelectionSet is { } selectionSet
            ? Walk(selectionSet, definition?.ResolvedType?.GetNamedType())
            : new Totals();
        if (isList && parent is not null && field.Arguments is { Items.Count: > 0 })
        {
            var key = parent.Name + "." + field.Name.StringValue;
            if (!_listVariants.TryGetValue(key, out var variants))
            {
                _listVariants[key] = variants = new HashSet<string>(StringComparer.Ordinal);
            }

            variants.Add(ValueText.Of(field.Arguments));
        }

        return new Totals
        {
            Fields = 1 + children.Fields,
            Aliases = (field.Alias is null ? 0 : 1) + children.Aliases,
            Depth = 1 + children.Depth,
            Chain = children.Chain,
            Cost = 1 + (isList ? ListSize(field) : 1) * children.Cost,
        };
    }

    // The list size a field asks for: its limit, else the number of ids it filters on, else the default.
    private double ListSize(GraphQLField field)
    {
        double? size = null;
        if (field.Arguments?.ValueFor("limit") is { } limit && Number(limit) is { } requested)
        {
            size = Math.Min(Math.Max(requested, 0), ListArguments.MaxLimit);
        }

        if (field.Arguments?.ValueFor("filters") is { } filters && Ids(filters) is { } ids)
        {
            size = Math.Min(size ?? ids, ids);
        }

        return size ?? _defaultListSize;
    }

    private double? Number(GraphQLValue value) => value switch
    {
        GraphQLIntValue literal => double.TryParse(literal.Value.Span, out var number) ? number : null,
        GraphQLVariable variable => Variable(variable) switch
        {
            int number => number,
            long number => number,
            double number => number,
            decimal number => (double)number,
            _ => null,
        },
        _ => null,
    };

    private int? Ids(GraphQLValue filters)
    {
        var ids = filters switch
        {
            GraphQLObjectValue literal => literal.Field("ids")?.Value switch
            {
                GraphQLListValue list => list.Values?.Count ?? 0,
                GraphQLVariable variable => (Variable(variable) as IList<object?>)?.Count,
                _ => null,
            },
            GraphQLVariable variable => Variable(variable) is IDictionary<string, object?> value
                && value.TryGetValue("ids", out var list) && list is IList<object?> items ? items.Count : null,
            _ => (int?)null,
        };
        return ids;
    }

    private object? Variable(GraphQLVariable variable)
        => _variables is not null && _variables.TryGetValue(variable.Name.StringValue, out var value) ? value : null;

    private readonly record struct Totals(double Fields, double Aliases, int Depth, int Chain, double Cost)
    {
        public Totals Plus(Totals other) => new(
            Fields + other.Fields, Aliases + other.Aliases, Math.Max(Depth, other.Depth), Math.Max(Chain, other.Chain), Cost + other.Cost);
    }
}
