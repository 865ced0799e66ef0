using System.Collections.Concurrent;
using System.Linq.Expressions;
using JobGraph.Server.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data;

/// <summary>Loads the entities that point at each key (one-to-many), one query per batch, in <paramref name="order"/>.</summary>
public abstract class EntitiesByKeyLoader<TEntity>(
    IDbContextFactory<JobGraphDbContext> dbFactory,
    Expression<Func<TEntity, string?>> key,
    SortFields<TEntity> order)
    : BatchLoader<string, IReadOnlyList<TEntity>>([])
    where TEntity : class
{
    // Loaders are scoped: compiling per instance JIT-compiled a method on every request. One delegate per loader type
    // (several loaders share TEntity with different keys, so the key is the loader's own type).
    private static readonly ConcurrentDictionary<Type, Func<TEntity, string?>> _keyOfByLoader = new();

    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<TEntity>>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await order.Apply(Include(db.Set<TEntity>().AsNoTracking()).Where(KeyFilter.In(key, keys)), null)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        OnFetched(rows);
        var keyOf = _keyOfByLoader.GetOrAdd(GetType(), static (_, expression) => expression.Compile(), key);
        return rows.GroupBy(row => keyOf(row)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TEntity>)g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Adds related rows to the same query (e.g. a reference the next level reads).</summary>
    protected virtual IQueryable<TEntity> Include(IQueryable<TEntity> query) => query;

    /// <summary>Called with every fetched row, e.g. to prime another loader with what <see cref="Include"/> brought.</summary>
    protected virtual void OnFetched(IReadOnlyList<TEntity> rows)
    {
    }
}
