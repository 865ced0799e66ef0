using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Works;

/// <summary>
/// A connection's job works, with the columns the selection reads (<see cref="JobWorkColumns"/>); when it reads
/// <c>work</c>, each job work's work comes in the same query (<see cref="JobWork.Work"/>) with the columns its
/// sub-selection reads.
/// </summary>
public sealed class JobWorksByConnectionIdLoader(SqlReads sql) : ChildListLoader<JobWorkListArgs, JobWork>
{
    public static readonly SortFields<JobWork> Sort = new SortFields<JobWork>(new("createdAt", false))
        .Add("createdAt", "CreatedAt")
        .Add("updatedAt", "UpdatedAt")
        .Add("workId", "WorkId")
        .Add("connectionJobId", "ConnectionJobId");

    // A job work shows under its connection only within the connection's workspace.
    private const string SameWorkspaceConnection =
        " INNER JOIN \"Connections\" AS \"c\" ON \"c\".\"Id\" = \"t\".\"ConnectionId\" AND \"c\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"";

    // The job work's work, in its workspace: joined when the selection reads it.
    private const string SameWorkspaceWork =
        " LEFT JOIN \"Works\" AS \"k\" ON \"k\".\"Id\" = \"t\".\"WorkId\" AND \"k\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"";

    protected override async Task<ILookup<string, JobWork>> FetchAsync(
        JobWorkListArgs args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        var oneParent = parentIds.Count == 1 ? parentIds[0] : null;
        var table = JobWorkRows.Select(args.Columns, oneParent);
        var work = JobWorkRows.Work(args.Columns);
        var query = ChildQuery.Window(table, "ConnectionId", parentIds, work is null ? SameWorkspaceConnection : SameWorkspaceConnection + SameWorkspaceWork,
            args.Query.Filters.Where, Sort, args.Query.Window, work);
        var rows = await sql.ListAsync(query, table.Read, cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(jw => jw.ConnectionId, StringComparer.Ordinal);
    }
}
