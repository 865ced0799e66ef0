using GraphQL.Types;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Jobs;

public sealed class ConnectionJobFiltersInputType : InputObjectGraphType<ConnectionJobFilters>
{
    public ConnectionJobFiltersInputType()
    {
        Name = "ConnectionJobFilters";
        Description = "Which connection jobs to return; an omitted field adds no condition.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("Connection job IDs. An empty list matches nothing.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ConnectionJobFilters(FilterValues.Get(value, "ids"));
}
