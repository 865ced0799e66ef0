using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Works;

public sealed class JobWorksByConnectionIdLoader(SqlReads sql) : ChildListLoader<ListQuery<JobWorkFilters>, JobWork>
{
    public static readonly SortFields<JobWork> Sort = new SortFields<JobWork>(new("createdAt", false))
        .Add("createdAt", "CreatedAt")
        .Add("updatedAt", "UpdatedAt")
        .Add("workId", "WorkId")
        .Add("connectionJobId", "ConnectionJobId");

    // A job work shows under its connection only within the connection's workspace.
    private const string SameWorkspaceConnection =
        " INNER JOIN \"Connections\" AS \"c\" ON \"c\".\"Id\" = \"t\".\"ConnectionId\" AND \"c\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"";

    protected override async Task<ILookup<string, JobWork>> FetchAsync(
        ListQuery<JobWorkFilters> args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        var query = ChildQuery.Window(JobWorkRows.Table, "ConnectionId", parentIds, SameWorkspaceConnection, args.Filters.Where, Sort, args.Window);
        var rows = await sql.ListAsync(query, JobWorkRows.Table.Read, cancellationToken);
        return rows.ToLookup(jw => jw.ConnectionId, StringComparer.Ordinal);
    }
}
