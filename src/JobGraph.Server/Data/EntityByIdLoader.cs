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
    // Loaders are scoped, so their query and id delegate are compiled once per loader type: compiling per instance
    // JIT-compiled methods on every request.
    private static readonly ConcurrentDictionary<Type, Compiled> _compiledByLoader = new();

    protected override async Task<IReadOnlyDictionary<string, TEntity?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var compiled = _compiledByLoader.GetOrAdd(GetType(), static (_, id) => new Compiled(KeyQuery.Compile(id, null, null), id.Compile()), id);
        // One context per batch: batches of one level run concurrently, and a DbContext allows one operation at a time.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await KeyQuery.ToListAsync(compiled.Query(db, [.. keys]), cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => compiled.IdOf(row)!, row => (TEntity?)row, StringComparer.Ordinal);
    }

    private sealed record Compiled(Func<JobGraphDbContext, string[], IAsyncEnumerable<TEntity>> Query, Func<TEntity, string?> IdOf);
}
