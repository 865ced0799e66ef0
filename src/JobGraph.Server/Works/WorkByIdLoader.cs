using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Works;

public sealed class WorkByIdLoader(SqlReads sql) : EntityByIdLoader<Work>(sql, WorkRows.Table, "Id", w => w.Id);
