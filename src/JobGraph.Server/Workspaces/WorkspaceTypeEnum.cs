using GraphQL.Types;

namespace JobGraph.Server.Workspaces;

public sealed class WorkspaceTypeEnum : EnumerationGraphType<WorkspaceKind>
{
    public WorkspaceTypeEnum()
    {
        Name = "WorkspaceType";
    }

    protected override string ChangeEnumCase(string val) => val.ToLowerInvariant();
}
