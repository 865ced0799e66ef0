using System.Linq.Expressions;
using JobGraph.Server.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data;

/// <summary>
/// EF compiled queries of the by-key loaders: <c>(db, keys) =&gt; db.Set&lt;T&gt;().AsNoTracking()[.Include(…)]
/// .Where(x =&gt; keys.Contains(key(x)))[.OrderBy(…)]</c>. A compiled query skips the per-execution expression walk and
/// cache lookup that cost tens of KB per loader and request.
/// </summary>
public static class KeyQuery
{
    /// <summary>Compiles the query; call once per loader type and keep the delegate.</summary>
    /// <param name="key">The key each row is selected by.</param>
    /// <param name="include">A reference to load in the same query, or null.</param>
    /// <param name="order">The order of the rows, or null for none.</param>
    public static Func<JobGraphDbContext, string[], IAsyncEnumerable<TEntity>> Compile<TEntity>(
        Expression<Func<TEntity, string?>> key, LambdaExpression? include, SortFields<TEntity>? order)
        where TEntity : class
    {
        var db = Expression.Parameter(typeof(JobGraphDbContext), "db");
        var keys = Expression.Parameter(typeof(string[]), "keys");
        Expression query = Expression.Call(db, nameof(DbContext.Set), [typeof(TEntity)]);
        query = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [typeof(TEntity)], query);
        if (include is not null)
        {
            query = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.Include),
                [typeof(TEntity), include.ReturnType], query, Expression.Quote(include));
        }

        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], keys, key.Body);
        query = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TEntity)], query,
            Expression.Quote(Expression.Lambda<Func<TEntity, bool>>(contains, key.Parameters)));
        if (order is not null)
        {
            query = order.Order(query, null, typeof(Queryable));
        }

        return EF.CompileAsyncQuery(Expression.Lambda<Func<JobGraphDbContext, string[], IQueryable<TEntity>>>(query, db, keys));
    }

    /// <summary>Runs a compiled query to a list.</summary>
    public static async Task<List<TEntity>> ToListAsync<TEntity>(IAsyncEnumerable<TEntity> rows, CancellationToken cancellationToken)
    {
        var list = new List<TEntity>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }
}
