using System.Linq.Expressions;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Works;

public sealed record JobWorkFilters(ValueSet? Ids, ValueSet? ConnectionJobIds, ValueSet? WorkIds)
{
    public static readonly JobWorkFilters None = new(null, null, null);

    /// <summary>The filters as one SQL predicate; a null field adds no condition.</summary>
    public Expression<Func<JobWork, bool>> Predicate()
    {
        var ids = Ids?.Values.ToArray();
        var connectionJobIds = ConnectionJobIds?.Values.ToArray();
        var workIds = WorkIds?.Values.ToArray();
        return jw => (ids == null || ids.Contains(jw.Id))
            && (connectionJobIds == null || connectionJobIds.Contains(jw.ConnectionJobId))
            && (workIds == null || workIds.Contains(jw.WorkId));
    }
}
