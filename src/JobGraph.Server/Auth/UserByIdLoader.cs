using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Auth;

public sealed class UserByIdLoader(SqlReads sql) : EntityByIdLoader<User>(sql, UserRows.Table, "Id", u => u.Id);
