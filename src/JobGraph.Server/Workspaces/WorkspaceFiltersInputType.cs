using GraphQL.Types;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Workspaces;

public sealed class WorkspaceFiltersInputType : InputObjectGraphType<WorkspaceFilters>
{
    public WorkspaceFiltersInputType()
    {
        Name = "WorkspaceFilters";
        Description = "Which workspaces to return; an omitted field adds no condition.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("Workspace IDs. An empty list matches nothing.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new WorkspaceFilters(FilterValues.Get(value, "ids"));
}
