using System.Linq.Expressions;

namespace JobGraph.Server.DataLoading;

/// <summary>Builds <c>x =&gt; keys.Contains(key(x))</c> with the keys as one query parameter, never as inlined constants.</summary>
public static class KeyFilter
{
    public static Expression<Func<T, bool>> In<T>(Expression<Func<T, string?>> key, IReadOnlyCollection<string> keys)
    {
        // A member of a constant object is what a C# closure compiles to: EF turns it into a parameter.
        var parameter = Expression.Property(Expression.Constant(new Holder(keys)), nameof(Holder.Keys));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], parameter, key.Body);
        return Expression.Lambda<Func<T, bool>>(contains, key.Parameters);
    }

    private sealed record Holder(IReadOnlyCollection<string> Keys);
}
