using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Workspaces;

public sealed record WorkspaceFilters(ValueSet? Ids)
{
    public static readonly WorkspaceFilters None = new((ValueSet?)null);
}
