using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Works;

/// <summary>A connection's job works; when the selection reads <c>work</c>, the works come in the same query and prime <see cref="WorkByIdLoader"/>.</summary>
public sealed class JobWorksByConnectionIdLoader(SqlReads sql, WorkByIdLoader works) : ChildListLoader<JobWorkListArgs, JobWork>
{
    public static readonly SortFields<JobWork> Sort = new SortFields<JobWork>(new("createdAt", false))
        .Add("createdAt", "CreatedAt")
        .Add("updatedAt", "UpdatedAt")
        .Add("workId", "WorkId")
        .Add("connectionJobId", "ConnectionJobId");

    // A job work shows under its connection only within the connection's workspace.
    private const string SameWorkspaceConnection =
        " INNER JOIN \"Connections\" AS \"c\" ON \"c\".\"Id\" = \"t\".\"ConnectionId\" AND \"c\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"";

    // The job work's work, in its workspace: joined when the selection reads it. A work of another workspace is
    // left out, so the field falls back to the loader and its tenant check, as without the join.
    private const string SameWorkspaceWork =
        " LEFT JOIN \"Works\" AS \"k\" ON \"k\".\"Id\" = \"t\".\"WorkId\" AND \"k\".\"WorkspaceId\" = \"t\".\"WorkspaceId\"";

    private static readonly ChildQuery.JoinedColumns _work = new("k", WorkRows.Table.Columns);

    protected override async Task<ILookup<string, JobWork>> FetchAsync(
        JobWorkListArgs args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken)
    {
        var filters = args.Query.Filters;
        if (!args.WithWork)
        {
            var query = ChildQuery.Window(JobWorkRows.Table, "ConnectionId", parentIds, SameWorkspaceConnection, filters.Where, Sort, args.Query.Window);
            return (await sql.ListAsync(query, JobWorkRows.Table.Read, cancellationToken)).ToLookup(jw => jw.ConnectionId, StringComparer.Ordinal);
        }

        var at = JobWorkRows.Table.Columns.Length;
        var withWork = ChildQuery.Window(JobWorkRows.Table, "ConnectionId", parentIds, SameWorkspaceConnection + SameWorkspaceWork, filters.Where, Sort,
            args.Query.Window, _work);
        var rows = await sql.ListAsync(withWork, r => (JobWork: JobWorkRows.Table.Read(r), Work: r.IsDBNull(at) ? null : WorkRows.Read(r, at)), cancellationToken);
        foreach (var (_, work) in rows)
        {
            if (work is not null)
            {
                works.Prime(work.Id, work);
            }
        }

        return rows.ToLookup(r => r.JobWork.ConnectionId, r => r.JobWork, StringComparer.Ordinal);
    }
}
