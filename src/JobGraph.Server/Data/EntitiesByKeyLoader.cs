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
    // Loaders are scoped, so their query and key delegate are compiled once per loader type (several loaders share
    // TEntity with different keys): compiling per instance JIT-compiled methods on every request.
    private static readonly ConcurrentDictionary<Type, Compiled> _compiledByLoader = new();

    protected override async Task<IReadOnlyDictionary<string, IReadOnlyList<TEntity>>> FetchAsync(
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var compiled = _compiledByLoader.GetOrAdd(GetType(), static (_, args) => new Compiled(
            KeyQuery.Compile(args.key, args.Include, args.order), args.key.Compile()), (key, Include, order));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await KeyQuery.ToListAsync(compiled.Query(db, [.. keys]), cancellationToken).ConfigureAwait(false);
        OnFetched(rows);
        return rows.GroupBy(row => compiled.KeyOf(row)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TEntity>)g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>A reference to load in the same query (e.g. one the next level reads), or null.</summary>
    protected virtual LambdaExpression? Include => null;

    /// <summary>Called with every fetched row, e.g. to prime another loader with what <see cref="Include"/> brought.</summary>
    protected virtual void OnFetched(IReadOnlyList<TEntity> rows)
    {
    }

    private sealed record Compiled(Func<JobGraphDbContext, string[], IAsyncEnumerable<TEntity>> Query, Func<TEntity, string?> KeyOf);
}
