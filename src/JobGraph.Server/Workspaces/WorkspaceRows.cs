using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Workspaces;

public static class WorkspaceRows
{
    public static readonly SqlTable<Workspace> Table = new("Workspaces",
        ["Id", "Slug", "DisplayName", "Status", "Kind", "CreatedAt", "UpdatedAt"],
        r => new Workspace
        {
            Id = r.GetString(0),
            Slug = r.GetString(1),
            DisplayName = r.GetString(2),
            Status = r.GetString(3),
            Kind = Enum.Parse<WorkspaceKind>(r.GetString(4)),
            CreatedAt = r.Utc(5),
            UpdatedAt = r.Utc(6),
        });
}
