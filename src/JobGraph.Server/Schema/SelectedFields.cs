using GraphQL;
using GraphQLParser.AST;

namespace JobGraph.Server.Schema;

/// <summary>
/// What a list field's selection reads one level further down, e.g. which fields of <c>workArtifact</c> a
/// <c>jobWorkArtifacts</c> selection asks for, so its loader selects only the columns they need. Fragments are
/// expanded; <c>@skip</c>/<c>@include</c> are not evaluated, so the answer is a superset of what runs.
/// </summary>
public static class SelectedFields
{
    /// <summary>The names of the fields selected directly under the current field.</summary>
    public static IEnumerable<string> Direct(IResolveFieldContext ctx)
        => ctx.SubFields?.Values.Select(static f => f.FieldType.Name) ?? [];

    /// <summary>The names of the fields selected under <paramref name="child"/>, a field of the current field's type.</summary>
    public static HashSet<string> Under(IResolveFieldContext ctx, string child)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, definition) in ctx.SubFields?.Values ?? Enumerable.Empty<(GraphQLField, GraphQL.Types.FieldType)>())
        {
            if (definition.Name == child)
            {
                Collect(field.SelectionSet, ctx.Document, names, depth: 0);
            }
        }

        return names;
    }

    private static void Collect(GraphQLSelectionSet? selections, GraphQLDocument document, HashSet<string> names, int depth)
    {
        // Fragment cycles are refused by validation before execution; the bound only guards against a malformed tree.
        if (selections is null || depth > 32)
        {
            return;
        }

        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    names.Add(field.Name.StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(inline.SelectionSet, document, names, depth + 1);
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(d => d.FragmentName.Name == spread.FragmentName.Name);
                    Collect(fragment?.SelectionSet, document, names, depth + 1);
                    break;
            }
        }
    }
}
