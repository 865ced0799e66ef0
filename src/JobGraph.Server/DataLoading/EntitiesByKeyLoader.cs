using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.DataLoading;

/// <summary>Loads the rows that point at each key (one-to-many), one query per batch, in creation order.</summary>
/// <param name="sql">Where the reads go.</param>
/// <param name="table">The rows\' table, columns and reader.</param>
/// <param name="keyColumn">The column the rows are selected by.</param>
/// <param name="keyOf">The same value read from a row.</param>
public abstract class EntitiesByKeyLoader<TEntity>(SqlReads sql, SqlTable<TEntity> table, string keyColumn, Func<TEntity, string?> keyOf)
    : BatchLoader<string, IReadOnlyList<TEntity>>([])
    where TEntity : class
{
    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<TEntity>>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = await sql.ListAsync(Query(table, keys), table.Read, cancellationToken).ConfigureAwait(false);
        return ByKey(rows, keyOf);
    }

    /// <summary>Where reads go.</summary>
    protected SqlReads Reads => sql;

    /// <summary><c>SELECT columns FROM table WHERE key IN (keys) ORDER BY CreatedAt, Id</c>.</summary>
    protected SqlQuery Query<TRow>(SqlTable<TRow> selected, IReadOnlyList<string> keys)
        => new SqlQuery().Append("SELECT ").Columns(selected, "t").Append(" FROM ").From(selected, "t")
            .Append(" WHERE ").In("t", keyColumn, keys)
            .Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");

    /// <summary>Groups rows by key, keeping their order.</summary>
    protected static IReadOnlyDictionary<string, IReadOnlyList<TEntity>> ByKey(List<TEntity> rows, Func<TEntity, string?> keyOf)
    {
        var byKey = new Dictionary<string, IReadOnlyList<TEntity>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = keyOf(row)!;
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = new List<TEntity>();
            }

            ((List<TEntity>)list).Add(row);
        }

        return byKey;
    }
}
