using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace JobGraph.Server.DataLoading;

/// <summary>
/// The fields a list can be sorted by, as SQL-translatable key expressions. Every order ends with the id,
/// so pages are stable when sort keys tie.
/// </summary>
public sealed class SortFields<T>
{
    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.Ordinal);
    // Looking the methods up and closing them over T took reflection on every query; sort fields are static, so this
    // fills once per (method, key type).
    private readonly ConcurrentDictionary<(Type Methods, string Name, Type Key), MethodInfo> _methods = new();
    private readonly LambdaExpression _id;
    private readonly SortBy _default;

    /// <param name="id">The entity's id: the final tie-breaker.</param>
    /// <param name="defaultSort">The order used when the caller gives none.</param>
    public SortFields(Expression<Func<T, string>> id, SortBy defaultSort)
    {
        _id = id;
        _default = defaultSort;
        _keys["id"] = id;
    }

    /// <summary>The field names a caller may sort by.</summary>
    public IReadOnlyCollection<string> Names => _keys.Keys;

    /// <summary>Allows sorting by <paramref name="field"/>.</summary>
    public SortFields<T> Add<TKey>(string field, Expression<Func<T, TKey>> key)
    {
        _keys[field] = key;
        return this;
    }

    /// <summary>Whether <paramref name="field"/> is a sortable field.</summary>
    public bool Contains(string field) => _keys.ContainsKey(field);

    /// <summary>Orders a query in SQL.</summary>
    public IQueryable<T> Apply(IQueryable<T> source, SortBy? sort)
        => source.Provider.CreateQuery<T>(Order(source.Expression, sort, typeof(Queryable)));

    /// <summary>
    /// Wraps a sequence expression in OrderBy/ThenBy calls of <paramref name="methods"/>
    /// (<see cref="Queryable"/> for a query, <see cref="Enumerable"/> for a navigation inside one).
    /// </summary>
    internal Expression Order(Expression source, SortBy? sort, Type methods)
    {
        sort ??= _default;
        if (!_keys.TryGetValue(sort.Field, out var key))
        {
            throw new ArgumentException($"'{sort.Field}' is not a sortable field.", nameof(sort));
        }

        var queryable = methods == typeof(Queryable);
        var ordered = Call(methods, sort.Descending ? "OrderByDescending" : "OrderBy", source, key, queryable);
        return ReferenceEquals(key, _id) ? ordered : Call(methods, "ThenBy", ordered, _id, queryable);
    }

    private MethodCallExpression Call(Type methods, string name, Expression source, LambdaExpression key, bool queryable)
    {
        var method = _methods.GetOrAdd((methods, name, key.ReturnType), static k => k.Methods.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == k.Name && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(T), k.Key));
        return Expression.Call(method, source, queryable ? Expression.Quote(key) : key);
    }
}
