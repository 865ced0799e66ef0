using GraphQL;

namespace JobGraph.Server.Schema;

/// <summary>
/// Which optional column groups a list field's selection reads, so its loader selects only those. Each rule names the
/// fields that need a group, either directly under the list field or under one of its child fields (fragments
/// expanded, <see cref="SelectedFields"/>). The answer is a pure function of the field's syntax node, so it is
/// remembered per node: the resolver runs once per parent with the same node. Register one instance per column set as
/// a singleton; the loader key carries the answer, so a narrow result never answers a wider request.
/// </summary>
public sealed class SelectionColumns<TColumns>
    where TColumns : struct, Enum
{
    private readonly FieldMemo<TColumns> _byField;
    private readonly List<(string? Child, HashSet<string> Fields, long Columns)> _rules = [];

    public SelectionColumns() => _byField = new(Compute);

    /// <summary>Reads <paramref name="columns"/> when one of <paramref name="fields"/> is selected directly under the list field.</summary>
    public SelectionColumns<TColumns> Direct(TColumns columns, params string[] fields) => Rule(null, columns, fields);

    /// <summary>Reads <paramref name="columns"/> when one of <paramref name="fields"/> is selected under its <paramref name="child"/> field.</summary>
    public SelectionColumns<TColumns> Under(string child, TColumns columns, params string[] fields) => Rule(child, columns, fields);

    /// <summary>The columns the current field's selection reads.</summary>
    public TColumns Of(IResolveFieldContext ctx) => _byField.Of(ctx);

    private SelectionColumns<TColumns> Rule(string? child, TColumns columns, string[] fields)
    {
        _rules.Add((child, new HashSet<string>(fields, StringComparer.Ordinal), Convert.ToInt64(columns)));
        return this;
    }

    private TColumns Compute(IResolveFieldContext ctx)
    {
        var direct = SelectedFields.Direct(ctx).ToHashSet(StringComparer.Ordinal);
        var under = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var columns = 0L;
        foreach (var (child, fields, add) in _rules)
        {
            HashSet<string>? selected = direct;
            if (child is not null && !under.TryGetValue(child, out selected))
            {
                under[child] = selected = SelectedFields.Under(ctx, child);
            }

            if (selected.Overlaps(fields))
            {
                columns |= add;
            }
        }

        return (TColumns)Enum.ToObject(typeof(TColumns), columns);
    }
}
