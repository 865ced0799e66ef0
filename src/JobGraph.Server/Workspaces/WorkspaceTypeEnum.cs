using GraphQL.Types;

namespace JobGraph.Server.Workspaces;

public sealed class WorkspaceTypeEnum : EnumerationGraphType<WorkspaceKind>
{
    public WorkspaceTypeEnum()
    {
        Name = "WorkspaceType";
        Description = "The kind of workspace.";
        Values.FindByName("partner")!.Description = "A workspace created with a partner account.";
    }

    protected override string ChangeEnumCase(string val) => val.ToLowerInvariant();
}
