using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace JobGraph.Server.Limits;

/// <summary>
/// The spec's FieldsInSetCanMerge (5.3.2) in linear time. Having the same field name and arguments, and
/// having the same response shape, are both equivalence relations, so each field of a response-name group is
/// compared with one representative instead of with every other field of the group (GraphQL.NET compares every
/// pair: 1,000 same-name fields cost half a million comparisons and as many errors).
/// </summary>
public sealed class FieldMerge
{
    private const int MaxReported = 100;
    private readonly ValidationContext _context;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<(ASTNode, ASTNode)> _reported = [];

    private FieldMerge(ValidationContext context)
    {
        _context = context;
        foreach (var fragment in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>Reports every response name of every operation in the document whose fields cannot be merged.</summary>
    public static void Check(ValidationContext context)
    {
        var check = new FieldMerge(context);
        var schema = context.Schema;
        foreach (var operation in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            IGraphType? root = operation.Operation switch
            {
                OperationType.Query => schema.Query,
                OperationType.Mutation => schema.Mutation,
                _ => schema.Subscription,
            };
            check.FieldsInSetCanMerge([new(root, operation.SelectionSet)]);
        }
    }

    private void FieldsInSetCanMerge(List<Selections> set)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        foreach (var group in Collect(set))
        {
            // Fields on different object types never run for the same object: only their shapes must agree.
            var abstracts = group.Where(f => f.Parent is not IObjectGraphType).ToList();
            var buckets = group.Where(f => f.Parent is IObjectGraphType).GroupBy(f => f.Parent!).Select(b => b.ToList()).ToList();
            if (buckets.Count + (abstracts.Count > 0 && buckets.Count == 0 ? 1 : 0) > 1)
            {
                SameResponseShape(group);
            }

            if (abstracts.Count == 0)
            {
                foreach (var bucket in buckets)
                {
                    MergeSame(bucket[0], bucket);
                }
            }
            else if (buckets.Count == 0)
            {
                MergeSame(abstracts[0], abstracts);
            }
            else
            {
                // A field on an interface or union may run for any object: it must match every field of the group.
                foreach (var bucket in buckets)
                {
                    MergeSame(abstracts[0], [.. abstracts, .. bucket]);
                }
            }
        }
    }

    // All of fields must be the same field with the same arguments as representative; then their selections merge.
    private void MergeSame(Field representative, List<Field> fields)
    {
        var arguments = ValueText.Of(representative.Node.Arguments);
        foreach (var field in fields)
        {
            if (ReferenceEquals(field.Node, representative.Node))
            {
                continue;
            }

            if (field.Node.Name != representative.Node.Name)
            {
                Report(representative, field, $"'{representative.Node.Name.StringValue}' and '{field.Node.Name.StringValue}' are different fields");
                return;
            }

            if (ValueText.Of(field.Node.Arguments) != arguments)
            {
                Report(representative, field, "they have differing arguments");
                return;
            }

            if (!SameShape(representative.Definition?.ResolvedType, field.Definition?.ResolvedType))
            {
                Report(representative, field, $"they return conflicting types '{representative.Definition!.ResolvedType}' and '{field.Definition!.ResolvedType}'");
                return;
            }
        }

        var children = Children(fields);
        if (children.Count > 0)
        {
            FieldsInSetCanMerge(children);
        }
    }

    private void SameResponseShape(List<Field> group)
    {
        var representative = group[0];
        foreach (var field in group.Skip(1))
        {
            if (!SameShape(representative.Definition?.ResolvedType, field.Definition?.ResolvedType))
            {
                Report(representative, field, $"they return conflicting types '{representative.Definition!.ResolvedType}' and '{field.Definition!.ResolvedType}'");
                return;
            }
        }

        var children = Children(group);
        if (children.Count > 1)
        {
            foreach (var subgroup in Collect(children).Where(g => g.Count > 1))
            {
                SameResponseShape(subgroup);
            }
        }
    }

    // Same wrapping (non-null, list) all the way down, and the same leaf type where either is a scalar or enum.
    private static bool SameShape(IGraphType? left, IGraphType? right)
    {
        while (left is not null && right is not null)
        {
            if (left is NonNullGraphType || right is NonNullGraphType)
            {
                if (left is not NonNullGraphType l || right is not NonNullGraphType r)
                {
                    return false;
                }

                (left, right) = (l.ResolvedType, r.ResolvedType);
            }
            else if (left is ListGraphType || right is ListGraphType)
            {
                if (left is not ListGraphType l || right is not ListGraphType r)
                {
                    return false;
                }

                (left, right) = (l.ResolvedType, r.ResolvedType);
            }
            else
            {
                return !(left.IsLeafType() || right.IsLeafType()) || left.Name == right.Name;
            }
        }

        return true;
    }

    private static List<Selections> Children(List<Field> fields)
        => [.. fields.Where(f => f.Node.SelectionSet is not null)
            .Select(f => new Selections(f.Definition?.ResolvedType?.GetNamedType(), f.Node.SelectionSet!))];

    // The fields of a merged selection set by response name, fragments and inline fragments visited (each
    // fragment once: spreading it again adds the very same fields).
    private Dictionary<string, List<Field>>.ValueCollection Collect(List<Selections> set)
    {
        var byName = new Dictionary<string, List<Field>>(StringComparer.Ordinal);
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selections in set)
        {
            Collect(selections.Parent, selections.SelectionSet, byName, fragments);
        }

        return byName.Values;
    }

    private void Collect(IGraphType? parent, GraphQLSelectionSet selectionSet, Dictionary<string, List<Field>> byName, HashSet<string> fragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = (field.Alias?.Name ?? field.Name).StringValue;
                    if (!byName.TryGetValue(name, out var group))
                    {
                        byName[name] = group = [];
                    }

                    group.Add(new Field(parent, field, SchemaFields.Find(_context.Schema, parent, field)));
                    break;
                case GraphQLInlineFragment inline:
                    Collect(SchemaFields.Condition(_context.Schema, inline.TypeCondition, parent), inline.SelectionSet, byName, fragments);
                    break;
                case GraphQLFragmentSpread spread when fragments.Add(spread.FragmentName.Name.StringValue)
                    && _fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    Collect(SchemaFields.Condition(_context.Schema, fragment.TypeCondition, null), fragment.SelectionSet, byName, fragments);
                    break;
            }
        }
    }

    private void Report(Field left, Field right, string reason)
    {
        if (_reported.Count >= MaxReported || !_reported.Add((left.Node, right.Node)))
        {
            return;
        }

        var responseName = (left.Node.Alias?.Name ?? left.Node.Name).StringValue;
        _context.ReportError(new FieldsConflictError(_context.Document.Source,
            $"Fields '{responseName}' conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.",
            left.Node, right.Node));
    }

    private readonly record struct Selections(IGraphType? Parent, GraphQLSelectionSet SelectionSet);

    private readonly record struct Field(IGraphType? Parent, GraphQLField Node, FieldType? Definition);
}
