using JobGraph.Server.Data.Sql;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Works;

public sealed record JobWorkFilters(ValueSet? Ids, ValueSet? ConnectionJobIds, ValueSet? WorkIds)
{
    public static readonly JobWorkFilters None = new(null, null, null);

    /// <summary>Appends the filters as SQL conditions on the job works aliased <c>t</c>; a null field adds none.</summary>
    public void Where(SqlQuery query) => query
        .AndIn("t", "Id", Ids?.Values)
        .AndIn("t", "ConnectionJobId", ConnectionJobIds?.Values)
        .AndIn("t", "WorkId", WorkIds?.Values);
}
