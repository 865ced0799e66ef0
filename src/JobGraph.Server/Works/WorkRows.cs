using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Works;

public static class WorkRows
{
    public static readonly SqlTable<Work> Table = new("Works",
        ["Id", "WorkspaceId", "ConnectionId", "Name", "ExternalId", "Tag", "CreatedAt", "UpdatedAt", "DeletedAt"],
        r => new Work
        {
            Id = r.GetString(0),
            WorkspaceId = r.GetString(1),
            ConnectionId = r.GetString(2),
            Name = r.GetString(3),
            ExternalId = r.GetString(4),
            Tag = r.TextOrNull(5),
            CreatedAt = r.Utc(6),
            UpdatedAt = r.Utc(7),
            DeletedAt = r.UtcOrNull(8),
        });
}
