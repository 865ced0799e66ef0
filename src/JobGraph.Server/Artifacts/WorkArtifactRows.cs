using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Artifacts;

/// <summary>Work artifacts as the API shows them: every column but the source URL, which only the worker reads.</summary>
public static class WorkArtifactRows
{
    public static readonly SqlTable<WorkArtifact> Table = new("WorkArtifacts",
        ["Id", "WorkspaceId", "ConnectionId", "WorkId", "ExternalId", "Name", "Type", "MetadataJson", "CreatedAt", "UpdatedAt"],
        r => Read(r, 0));

    /// <summary>Reads the columns of <see cref="Table"/> starting at <paramref name="at"/>.</summary>
    public static WorkArtifact Read(System.Data.Common.DbDataReader r, int at) => new()
    {
        Id = r.GetString(at),
        WorkspaceId = r.GetString(at + 1),
        ConnectionId = r.GetString(at + 2),
        WorkId = r.GetString(at + 3),
        ExternalId = r.GetString(at + 4),
        Name = r.GetString(at + 5),
        Type = r.GetString(at + 6),
        MetadataJson = r.TextOrNull(at + 7),
        CreatedAt = r.Utc(at + 8),
        UpdatedAt = r.Utc(at + 9),
    };
}
