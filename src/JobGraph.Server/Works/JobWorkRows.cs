using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Works;

public static class JobWorkRows
{
    public static readonly SqlTable<JobWork> Table = new("JobWorks",
        ["Id", "WorkspaceId", "ConnectionId", "ConnectionJobId", "WorkId", "CreatedAt", "UpdatedAt"],
        r => new JobWork
        {
            Id = r.GetString(0),
            WorkspaceId = r.GetString(1),
            ConnectionId = r.GetString(2),
            ConnectionJobId = r.GetString(3),
            WorkId = r.GetString(4),
            CreatedAt = r.Utc(5),
            UpdatedAt = r.Utc(6),
        });
}
