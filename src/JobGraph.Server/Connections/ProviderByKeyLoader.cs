using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Connections;

public sealed class ProviderByKeyLoader(SqlReads sql) : EntityByIdLoader<Provider>(sql, ProviderRows.Table, "Key", p => p.Key);
