using JobGraph.Server.Data.Sql;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Connections;

public sealed record ConnectionFilters(ValueSet? Ids, ValueSet? Statuses, ValueSet? ProviderKeys, ValueSet? Categories)
{
    public static readonly ConnectionFilters None = new(null, null, null, null);

    /// <summary>Appends the filters as SQL conditions on the connections aliased <c>t</c>; a null field adds none.</summary>
    public void Where(SqlQuery query)
    {
        query.AndIn("t", "Id", Ids?.Values)
            .AndIn("t", "Status", Statuses?.Values)
            .AndIn("t", "ProviderKey", ProviderKeys?.Values);
        if (Categories is not null)
        {
            query.Append(" AND EXISTS (SELECT 1 FROM \"Providers\" AS \"p\" WHERE \"p\".\"Key\" = \"t\".\"ProviderKey\" AND ")
                .In("p", "Category", Categories.Values).Append(")");
        }
    }
}
