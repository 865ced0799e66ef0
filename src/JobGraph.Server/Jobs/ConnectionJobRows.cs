using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Jobs;

public static class ConnectionJobRows
{
    public static readonly SqlTable<ConnectionJob> Table = new("ConnectionJobs",
        ["Id", "WorkspaceId", "ConnectionId", "Name", "CreatedAt", "UpdatedAt", "ImportInitiatedAt", "CancelledAt", "AbortedAt"],
        r => new ConnectionJob
        {
            Id = r.GetString(0),
            WorkspaceId = r.GetString(1),
            ConnectionId = r.GetString(2),
            Name = r.GetString(3),
            CreatedAt = r.Utc(4),
            UpdatedAt = r.Utc(5),
            ImportInitiatedAt = r.UtcOrNull(6),
            CancelledAt = r.UtcOrNull(7),
            AbortedAt = r.UtcOrNull(8),
        });
}
