using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.DataLoading;

/// <summary>Loads rows by id, one query per batch.</summary>
/// <param name="sql">Where the reads go.</param>
/// <param name="table">The rows\' table, columns and reader.</param>
/// <param name="idColumn">The column the rows are selected by.</param>
/// <param name="idOf">The same value read from a row.</param>
public abstract class EntityByIdLoader<TEntity>(SqlReads sql, SqlTable<TEntity> table, string idColumn, Func<TEntity, string> idOf)
    : BatchLoader<string, TEntity?>(null)
    where TEntity : class
{
    protected override async Task<IReadOnlyDictionary<string, TEntity?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var query = new SqlQuery().Append("SELECT ").Columns(table, "t").Append(" FROM ").From(table, "t")
            .Append(" WHERE ").In("t", idColumn, keys);
        var rows = await sql.ListAsync(query, table.Read, cancellationToken).ConfigureAwait(false);
        var byId = new Dictionary<string, TEntity?>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byId[idOf(row)] = row;
        }

        return byId;
    }
}
