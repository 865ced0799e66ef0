namespace JobGraph.Server.Workspaces;

/// <summary>GraphQL <c>WorkspaceType</c>.</summary>
public enum WorkspaceKind
{
    Partner,
}
