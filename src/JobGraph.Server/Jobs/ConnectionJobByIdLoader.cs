using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

public sealed class ConnectionJobByIdLoader(SqlReads sql) : EntityByIdLoader<ConnectionJob>(sql, ConnectionJobRows.Table, "Id", j => j.Id);
