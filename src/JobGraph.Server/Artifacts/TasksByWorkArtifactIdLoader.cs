using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Artifacts;

/// <summary>An artifact's fetch tasks: the status alone (narrow), or with the stored file and the failure for links and metadata (wide).</summary>
public sealed class TasksByWorkArtifactIdLoader(SqlReads sql)
    : EntitiesByKeyInColumnsLoader<JobTask>(sql, JobTaskRows.Status, JobTaskRows.StatusAndFile, "WorkArtifactId", t => t.WorkArtifactId);
