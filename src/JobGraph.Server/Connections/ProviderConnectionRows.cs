using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Connections;

public static class ProviderConnectionRows
{
    public static readonly SqlTable<ProviderConnection> Table = new("Connections",
        ["Id", "WorkspaceId", "ProviderKey", "Status", "Action", "DisplayName", "SettingsJson", "CreatedAt", "UpdatedAt"],
        r => new ProviderConnection
        {
            Id = r.GetString(0),
            WorkspaceId = r.GetString(1),
            ProviderKey = r.GetString(2),
            Status = r.GetString(3),
            Action = r.TextOrNull(4),
            DisplayName = r.TextOrNull(5),
            SettingsJson = r.TextOrNull(6),
            CreatedAt = r.Utc(7),
            UpdatedAt = r.Utc(8),
        });
}
