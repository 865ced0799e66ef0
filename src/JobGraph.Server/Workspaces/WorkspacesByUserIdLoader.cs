using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Workspaces;

/// <summary>The workspaces each user is a member of: membership is the only way in.</summary>
public sealed class WorkspacesByUserIdLoader(SqlReads sql) : ChildListLoader<WorkspaceFilters, Workspace>
{
    protected override async Task<ILookup<string, Workspace>> FetchAsync(
        WorkspaceFilters args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        var table = WorkspaceRows.Table;
        var query = new SqlQuery().Append("SELECT ").Columns(table, "t").Append(", ").Column("m", "UserId")
            .Append(" FROM \"WorkspaceMemberships\" AS \"m\" INNER JOIN ").From(table, "t").Append(" ON \"t\".\"Id\" = \"m\".\"WorkspaceId\"")
            .Append(" WHERE ").In("m", "UserId", parentIds)
            .AndIn("m", "WorkspaceId", args.Ids?.Values)
            .Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("m", "WorkspaceId");
        var userColumn = table.Columns.Length;
        var rows = await sql.ListAsync(query, r => (UserId: r.GetString(userColumn), Workspace: table.Read(r)), cancellationToken);
        return rows.ToLookup(r => r.UserId, r => r.Workspace, StringComparer.Ordinal);
    }
}
