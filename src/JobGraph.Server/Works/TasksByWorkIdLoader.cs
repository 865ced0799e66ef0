using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Works;

/// <summary>A work's import tasks and its artifacts' fetch tasks, from every job the work is part of.</summary>
public sealed class TasksByWorkIdLoader(SqlReads sql) : EntitiesByKeyLoader<JobTask>(sql, JobTaskRows.Table, "WorkId", t => t.WorkId);
