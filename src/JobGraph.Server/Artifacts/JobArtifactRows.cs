using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Artifacts;

public static class JobArtifactRows
{
    public static readonly SqlTable<JobArtifact> Table = new("JobArtifacts",
        ["Id", "WorkspaceId", "ConnectionJobId", "JobWorkId", "WorkArtifactId", "CreatedAt", "UpdatedAt"],
        r => Read(r, null));

    /// <summary>Reads the columns of <see cref="Table"/> from the first, with the work artifact read after them, if any.</summary>
    public static JobArtifact Read(System.Data.Common.DbDataReader r, WorkArtifact? workArtifact) => new()
    {
        Id = r.GetString(0),
        WorkspaceId = r.GetString(1),
        ConnectionJobId = r.GetString(2),
        JobWorkId = r.GetString(3),
        WorkArtifactId = r.GetString(4),
        CreatedAt = r.Utc(5),
        UpdatedAt = r.Utc(6),
        WorkArtifact = workArtifact,
    };
}
