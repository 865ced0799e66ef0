using JobGraph.Server.Lists;

namespace JobGraph.Server.Workspaces;

public sealed record WorkspaceFilters(ValueSet? Ids)
{
    public static readonly WorkspaceFilters None = new((ValueSet?)null);
}
