using System.Collections.Concurrent;
using System.Linq.Expressions;
using JobGraph.Server.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data;

/// <summary>Loads entities by id, one query per batch, on its own short-lived context.</summary>
public abstract class EntityByIdLoader<TEntity>(IDbContextFactory<JobGraphDbContext> dbFactory, Expression<Func<TEntity, string?>> id)
    : BatchLoader<string, TEntity?>(null)
    where TEntity : class
{
    // Loaders are scoped: compiling per instance JIT-compiled a method on every request. One delegate per loader type.
    private static readonly ConcurrentDictionary<Type, Func<TEntity, string?>> _idOfByLoader = new();

    protected override async Task<IReadOnlyDictionary<string, TEntity?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // One context per batch: batches of one level run concurrently, and a DbContext allows one operation at a time.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Set<TEntity>().AsNoTracking()
            .Where(KeyFilter.In(id, keys))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var idOf = _idOfByLoader.GetOrAdd(GetType(), static (_, expression) => expression.Compile(), id);
        return rows.ToDictionary(row => idOf(row)!, row => (TEntity?)row, StringComparer.Ordinal);
    }
}
