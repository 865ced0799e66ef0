using JobGraph.Server.Data.Sql;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Jobs;

public sealed record ConnectionJobFilters(ValueSet? Ids)
{
    public static readonly ConnectionJobFilters None = new((ValueSet?)null);

    /// <summary>Appends the filters as SQL conditions on the jobs aliased <c>t</c>; a null field adds none.</summary>
    public void Where(SqlQuery query) => query.AndIn("t", "Id", Ids?.Values);
}
