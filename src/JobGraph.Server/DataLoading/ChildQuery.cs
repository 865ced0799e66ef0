using System.Linq.Expressions;

namespace JobGraph.Server.DataLoading;

/// <summary>Builds the one SQL statement that lists the children of many parents, filtered, sorted and paged per parent.</summary>
public static class ChildQuery
{
    /// <summary>
    /// Selects <paramref name="children"/> of every parent in <paramref name="parents"/> that pass <paramref name="filter"/>,
    /// with <paramref name="window"/>'s offset and limit applied to each parent separately (EF translates the window to
    /// ROW_NUMBER() OVER (PARTITION BY parent)), ordered by the window's sort.
    /// </summary>
    public static IQueryable<TChild> Window<TParent, TChild>(
        this IQueryable<TParent> parents,
        Expression<Func<TParent, IEnumerable<TChild>>> children,
        Expression<Func<TChild, bool>> filter,
        SortFields<TChild> sort,
        ListWindow window)
    {
        Expression perParent = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(TChild)], children.Body, filter);
        if (window.Offset > 0 || window.Limit is not null)
        {
            perParent = sort.Order(perParent, window.Sort, typeof(Enumerable));
            if (window.Offset > 0)
            {
                perParent = Expression.Call(typeof(Enumerable), nameof(Enumerable.Skip), [typeof(TChild)], perParent, Expression.Constant(window.Offset));
            }

            if (window.Limit is { } limit)
            {
                // EF Core pages each parent with "row <= offset + limit" and folds that sum as an int: past int.MaxValue
                // it wraps negative and the page comes back empty. No parent has that many children, so clamp.
                var take = Math.Min(limit, int.MaxValue - window.Offset);
                perParent = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(TChild)], perParent, Expression.Constant(take));
            }
        }

        var selector = Expression.Lambda<Func<TParent, IEnumerable<TChild>>>(perParent, children.Parameters);
        return sort.Apply(parents.SelectMany(selector), window.Sort);
    }
}
