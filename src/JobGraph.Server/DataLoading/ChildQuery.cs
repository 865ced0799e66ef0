using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.DataLoading;

/// <summary>Builds the one SQL statement that lists the children of many parents, filtered, sorted and paged per parent.</summary>
public static class ChildQuery
{
    /// <summary>
    /// Selects the rows of <paramref name="table"/> (aliased <c>t</c>) whose <paramref name="parentColumn"/> is one of
    /// <paramref name="parentIds"/> and that pass the conditions <paramref name="filter"/> appends (each starting with
    /// AND), with <paramref name="window"/>'s offset and limit applied to each parent separately, in the window's order.
    /// One parent pages with LIMIT/OFFSET; several are numbered with ROW_NUMBER() OVER (PARTITION BY parent).
    /// </summary>
    /// <param name="table">The child table.</param>
    /// <param name="parentColumn">The child's column that holds its parent's id.</param>
    /// <param name="parentIds">The parents to list children of.</param>
    /// <param name="join">Joins the filter or a tenant check needs, after <c>FROM table AS t</c>; empty for none.</param>
    /// <param name="filter">Appends the caller's filters as conditions on <c>t</c>, each starting with AND.</param>
    /// <param name="sort">The sortable fields of the child.</param>
    /// <param name="window">Sort, offset and limit.</param>
    public static SqlQuery Window<T>(
        SqlTable<T> table, string parentColumn, IReadOnlyList<string> parentIds, string join,
        Action<SqlQuery> filter, SortFields<T> sort, ListWindow window)
    {
        var query = new SqlQuery();
        if (parentIds.Count == 1)
        {
            query.Append("SELECT ").Columns(table, "t").Append(" FROM ").From(table, "t").Append(join)
                .Append(" WHERE ").Column("t", parentColumn).Append(" = ").Param(parentIds[0]);
            filter(query);
            sort.AppendOrder(query.Append(" ORDER BY "), "t", window.Sort);
            return query.Append(" LIMIT ").Param(window.Limit).Append(" OFFSET ").Param(window.Offset);
        }

        query.Append("SELECT ").Columns(table, "w").Append(" FROM (SELECT ").Columns(table, "t")
            .Append(", ROW_NUMBER() OVER (PARTITION BY ").Column("t", parentColumn).Append(" ORDER BY ");
        sort.AppendOrder(query, "t", window.Sort).Append(") AS \"RowNumber\" FROM ").From(table, "t").Append(join)
            .Append(" WHERE ").In("t", parentColumn, parentIds);
        filter(query);
        query.Append(") AS \"w\" WHERE \"w\".\"RowNumber\" > ").Param((long)window.Offset)
            .Append(" AND \"w\".\"RowNumber\" <= ").Param((long)window.Offset + window.Limit).Append(" ORDER BY ");
        return sort.AppendOrder(query, "w", window.Sort);
    }
}
