using GraphQL.Types;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Works;

public sealed class JobWorkFiltersInputType : InputObjectGraphType<JobWorkFilters>
{
    public JobWorkFiltersInputType()
    {
        Name = "JobWorkFilters";
        Description = "Every given field must match; a list matches any of its values, and an empty list matches nothing.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("Job work IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("connectionJobIds").Description("Connection job IDs: every job work of those batches.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("workIds").Description("Work IDs: every job work of those works.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new JobWorkFilters(
        FilterValues.Get(value, "ids"),
        FilterValues.Get(value, "connectionJobIds"),
        FilterValues.Get(value, "workIds"));
}
