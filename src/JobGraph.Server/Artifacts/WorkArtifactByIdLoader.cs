using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Artifacts;

public sealed class WorkArtifactByIdLoader(SqlReads sql) : EntityByIdLoader<WorkArtifact>(sql, WorkArtifactRows.Table, "Id", a => a.Id);
