using System.Linq.Expressions;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Connections;

public sealed record ConnectionFilters(ValueSet? Ids, ValueSet? Statuses, ValueSet? ProviderKeys, ValueSet? Categories)
{
    public static readonly ConnectionFilters None = new(null, null, null, null);

    /// <summary>The filters as one SQL predicate; a null field adds no condition.</summary>
    public Expression<Func<ProviderConnection, bool>> Predicate()
    {
        var ids = Ids?.Values.ToArray();
        var statuses = Statuses?.Values.ToArray();
        var providerKeys = ProviderKeys?.Values.ToArray();
        var categories = Categories?.Values.ToArray();
        return c => (ids == null || ids.Contains(c.Id))
            && (statuses == null || statuses.Contains(c.Status))
            && (providerKeys == null || providerKeys.Contains(c.ProviderKey))
            && (categories == null || categories.Contains(c.Provider!.Category));
    }
}
