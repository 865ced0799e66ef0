using System.Linq.Expressions;

namespace JobGraph.Server.DataLoading;

/// <summary>Builds the one SQL statement that lists the children of many parents, filtered, sorted and paged per parent.</summary>
public static class ChildQuery
{
    /// <summary>
    /// Selects the <paramref name="children"/> of the parents whose id is in <paramref name="parentIds"/> that pass
    /// <paramref name="filter"/>, with <paramref name="window"/>'s offset and limit applied to each parent separately
    /// (EF translates the window to ROW_NUMBER() OVER (PARTITION BY parent)), ordered by the window's sort.
    /// </summary>
    /// <param name="parents">The parent table.</param>
    /// <param name="parentId">The parent's id.</param>
    /// <param name="children">The navigation from a parent to its children.</param>
    /// <param name="childParentId">The child's foreign key to its parent: filters the children before they are numbered.</param>
    /// <param name="parentIds">The parents to list children of.</param>
    /// <param name="filter">The caller's filters.</param>
    /// <param name="sort">The sortable fields of the child.</param>
    /// <param name="window">Sort, offset and limit.</param>
    public static IQueryable<TChild> Window<TParent, TChild>(
        this IQueryable<TParent> parents,
        Expression<Func<TParent, string?>> parentId,
        Expression<Func<TParent, IEnumerable<TChild>>> children,
        Expression<Func<TChild, string?>> childParentId,
        IReadOnlyCollection<string> parentIds,
        Expression<Func<TChild, bool>> filter,
        SortFields<TChild> sort,
        ListWindow window)
    {
        // The key filter on the children too, so the database numbers only the requested parents' rows.
        var childFilter = Both(KeyFilter.In(childParentId, parentIds), filter);
        Expression perParent = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(TChild)], children.Body, childFilter);
        perParent = sort.Order(perParent, window.Sort, typeof(Enumerable));
        if (window.Offset > 0)
        {
            perParent = Expression.Call(typeof(Enumerable), nameof(Enumerable.Skip), [typeof(TChild)], perParent, Parameter(window.Offset));
        }

        // EF Core pages each parent with "row <= offset + limit" and folds that sum as an int: past int.MaxValue
        // it wraps negative and the page comes back empty. No parent has that many children, so clamp.
        var take = Math.Min(window.Limit, int.MaxValue - window.Offset);
        perParent = Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(TChild)], perParent, Parameter(take));

        var selector = Expression.Lambda<Func<TParent, IEnumerable<TChild>>>(perParent, children.Parameters);
        return sort.Apply(parents.Where(KeyFilter.In(parentId, parentIds)).SelectMany(selector), window.Sort);
    }

    // A member of a constant object is what a C# closure compiles to: EF sends it as a SQL parameter, so every
    // page size shares one cached query instead of one per value a caller sends.
    private static MemberExpression Parameter(int value)
        => Expression.Property(Expression.Constant(new Count(value)), nameof(Count.Value));

    private static Expression<Func<T, bool>> Both<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var rightBody = new ParameterSwap(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, rightBody), left.Parameters);
    }

    private sealed record Count(int Value);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
