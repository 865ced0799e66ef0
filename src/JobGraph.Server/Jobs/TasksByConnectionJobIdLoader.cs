using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

/// <summary>
/// A job's tasks: only what the status rules read for status, outcome and progress (narrow; a polling client asks for
/// those of many jobs), or every column the <c>tasks</c> field shows (wide).
/// </summary>
public sealed class TasksByConnectionJobIdLoader(SqlReads sql)
    : EntitiesByKeyInColumnsLoader<JobTask>(sql, JobTaskRows.Summary, JobTaskRows.Table, "ConnectionJobId", t => t.ConnectionJobId);
