using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Works;

public static class WorkRows
{
    public static readonly SqlTable<Work> Table = new("Works",
        ["Id", "WorkspaceId", "ConnectionId", "Name", "ExternalId", "Tag", "CreatedAt", "UpdatedAt", "DeletedAt"],
        r => Read(r, 0));

    /// <summary>Reads the columns of <see cref="Table"/> starting at <paramref name="at"/>.</summary>
    public static Work Read(System.Data.Common.DbDataReader r, int at) => new()
    {
        Id = r.GetString(at),
        WorkspaceId = r.GetString(at + 1),
        ConnectionId = r.GetString(at + 2),
        Name = r.GetString(at + 3),
        ExternalId = r.GetString(at + 4),
        Tag = r.TextOrNull(at + 5),
        CreatedAt = r.Utc(at + 6),
        UpdatedAt = r.Utc(at + 7),
        DeletedAt = r.UtcOrNull(at + 8),
    };
}
