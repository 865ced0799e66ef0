using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.DataLoading;

/// <summary>Loads the rows that point at each key (one-to-many), one query per batch, in creation order.</summary>
/// <param name="sql">Where the reads go.</param>
/// <param name="table">The rows' table, columns and reader.</param>
/// <param name="keyColumn">The column the rows are selected by.</param>
/// <param name="keyOf">The same value read from a row.</param>
public abstract class EntitiesByKeyLoader<TEntity>(SqlReads sql, SqlTable<TEntity> table, string keyColumn, Func<TEntity, string?> keyOf)
    : BatchLoader<string, IReadOnlyList<TEntity>>([])
    where TEntity : class
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<TEntity>>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = await sql.ListAsync(KeyedRows.Query(table, keyColumn, keys), table.Read, cancellationToken).ConfigureAwait(false);
        return KeyedRows.ByKey(rows, keyOf).ToDictionary(g => g.Key, g => (IReadOnlyList<TEntity>)g.Value, StringComparer.Ordinal);
    }
}
