using System.Linq.Expressions;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

public sealed record ConnectionJobFilters(ValueSet? Ids)
{
    public static readonly ConnectionJobFilters None = new((ValueSet?)null);

    public Expression<Func<ConnectionJob, bool>> Predicate()
    {
        var ids = Ids?.Values.ToArray();
        return j => ids == null || ids.Contains(j.Id);
    }
}
