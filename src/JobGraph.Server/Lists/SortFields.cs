using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Lists;

/// <summary>
/// The fields a list of <typeparamref name="T"/> can be sorted by, and their columns. Every order ends with the id,
/// so pages are stable when sort keys tie.
/// </summary>
public sealed class SortFields<T>
{
    private const string IdColumn = "Id";
    private readonly Dictionary<string, string> _columns = new(StringComparer.Ordinal) { ["id"] = IdColumn };
    private readonly SortBy _default;

    /// <param name="defaultSort">The order used when the caller gives none.</param>
    public SortFields(SortBy defaultSort) => _default = defaultSort;

    /// <summary>The field names a caller may sort by.</summary>
    public IReadOnlyCollection<string> Names => _columns.Keys;

    /// <summary>Allows sorting by <paramref name="field"/>, stored in <paramref name="column"/>.</summary>
    public SortFields<T> Add(string field, string column)
    {
        _columns[field] = column;
        return this;
    }

    /// <summary>Whether <paramref name="field"/> is a sortable field.</summary>
    public bool Contains(string field) => _columns.ContainsKey(field);

    /// <summary>Appends the order's columns (no ORDER BY keyword) for rows aliased <paramref name="alias"/>.</summary>
    public SqlQuery AppendOrder(SqlQuery query, string alias, SortBy? sort)
    {
        sort ??= _default;
        if (!_columns.TryGetValue(sort.Field, out var column))
        {
            throw new ArgumentException($"'{sort.Field}' is not a sortable field.", nameof(sort));
        }

        query.Column(alias, column).Append(sort.Descending ? " DESC" : " ASC");
        return column == IdColumn ? query : query.Append(", ").Column(alias, IdColumn).Append(" ASC");
    }
}
