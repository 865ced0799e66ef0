using GraphQL.DataLoader;
using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.DataLoading;

/// <summary>
/// Loads the rows that point at each key (one-to-many) with the narrow or the wide set of columns, as the caller's
/// fields need. Fields of one level load together, so a batch reads the wide set once any of its callers needs it;
/// the key keeps the two apart, so a narrow result never answers a wide request.
/// </summary>
/// <param name="sql">Where the reads go.</param>
/// <param name="narrow">The columns most callers need.</param>
/// <param name="wide">Every column some caller needs.</param>
/// <param name="keyColumn">The column the rows are selected by.</param>
/// <param name="keyOf">The same value read from a row.</param>
public abstract class EntitiesByKeyInColumnsLoader<TEntity>(
    SqlReads sql, SqlTable<TEntity> narrow, SqlTable<TEntity> wide, string keyColumn, Func<TEntity, string?> keyOf)
    : BatchLoader<(string Key, bool Wide), IReadOnlyList<TEntity>>([])
    where TEntity : class
{
    /// <summary>Queues <paramref name="key"/>'s rows with the <paramref name="wide"/> or the narrow columns.</summary>
    public IDataLoaderResult<IReadOnlyList<TEntity>> Load(string key, bool wide) => Load((key, wide));

    protected override async Task<IReadOnlyDictionary<(string Key, bool Wide), IReadOnlyList<TEntity>>> FetchAsync(
        IReadOnlyList<(string Key, bool Wide)> keys, CancellationToken cancellationToken)
    {
        var table = keys.Any(k => k.Wide) ? wide : narrow;
        var ids = keys.Select(k => k.Key).Distinct(StringComparer.Ordinal).ToArray();
        var byKey = KeyedRows.ByKey(await sql.ListAsync(KeyedRows.Query(table, keyColumn, ids), table.Read, cancellationToken).ConfigureAwait(false), keyOf);
        var result = new Dictionary<(string, bool), IReadOnlyList<TEntity>>(keys.Count);
        foreach (var key in keys)
        {
            result[key] = byKey.TryGetValue(key.Key, out var rows) ? rows : [];
        }

        return result;
    }
}
