using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

public sealed class TasksByConnectionJobIdLoader(SqlReads sql)
    : EntitiesByKeyLoader<JobTask>(sql, JobTaskRows.Table, "ConnectionJobId", t => t.ConnectionJobId);
