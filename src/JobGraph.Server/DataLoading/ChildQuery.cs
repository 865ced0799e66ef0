using System.Globalization;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.Lists;

namespace JobGraph.Server.DataLoading;

/// <summary>Builds the one SQL statement that lists the children of many parents, filtered, sorted and paged per parent.</summary>
public static class ChildQuery
{
    private const string Numbered = "w";

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
    /// <param name="also">Columns of a joined row to select after the child's, read from the same position on.</param>
    public static SqlQuery Window<T>(
        SqlTable<T> table, string parentColumn, IReadOnlyList<string> parentIds, string join,
        Action<SqlQuery> filter, SortFields<T> sort, ListWindow window, JoinedColumns? also = null)
    {
        var query = new SqlQuery();
        if (parentIds.Count == 1)
        {
            query.Append("SELECT ").Columns(table, "t");
            also?.Select(query, inner: true);
            query.Append(" FROM ").From(table, "t").Append(join)
                .Append(" WHERE ").Column("t", parentColumn).Append(" = ").Param(parentIds[0]);
            filter(query);
            sort.AppendOrder(query.Append(" ORDER BY "), "t", window.Sort);
            // The limit is written as a literal (a validated int, 0 to 1,000): with LIMIT bound as a parameter SQLite took
            // 50-65 us instead of 4-7 us to page one job work by id (measured on the bench data, same plan).
            return query.Append(" LIMIT ").Append(window.Limit.ToString(CultureInfo.InvariantCulture)).Append(" OFFSET ").Param(window.Offset);
        }

        query.Append("SELECT ").Columns(table, Numbered);
        also?.Select(query, inner: false);
        query.Append(" FROM (SELECT ").Columns(table, "t");
        also?.Select(query, inner: true);
        query.Append(", ROW_NUMBER() OVER (PARTITION BY ").Column("t", parentColumn).Append(" ORDER BY ");
        sort.AppendOrder(query, "t", window.Sort).Append(") AS \"RowNumber\" FROM ").From(table, "t").Append(join)
            .Append(" WHERE ").In("t", parentColumn, parentIds);
        filter(query);
        query.Append(") AS \"").Append(Numbered).Append("\" WHERE \"w\".\"RowNumber\" > ").Param((long)window.Offset)
            .Append(" AND \"w\".\"RowNumber\" <= ").Param((long)window.Offset + window.Limit).Append(" ORDER BY ");
        return sort.AppendOrder(query, Numbered, window.Sort);
    }

    /// <summary>Columns of a row the join brings in under <paramref name="Alias"/>.</summary>
    public sealed record JoinedColumns(string Alias, string[] Columns)
    {
        internal void Select(SqlQuery query, bool inner)
        {
            foreach (var column in Columns)
            {
                var name = Alias + "_" + column;
                query.Append(", ");
                if (inner)
                {
                    query.Column(Alias, column).Append(" AS \"").Append(name).Append("\"");
                }
                else
                {
                    query.Column(Numbered, name);
                }
            }
        }
    }
}
