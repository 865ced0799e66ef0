using GraphQL;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Works;

/// <summary>Works out <see cref="JobWorkColumns"/> from a <c>jobWorks</c> selection.</summary>
public sealed class JobWorkSelection
{
    private readonly SelectionColumns<JobWorkColumns> _columns = new SelectionColumns<JobWorkColumns>()
        .Direct(JobWorkColumns.JobWorkDetails, "createdAt", "updatedAt", "connectionJobId", "connectionJob")
        .Direct(JobWorkColumns.Work, "work")
        .Under("work", JobWorkColumns.WorkTag, "tag")
        .Under("work", JobWorkColumns.WorkDeletedAt, "status");

    /// <summary>The columns the current <c>jobWorks</c> field's selection reads.</summary>
    public JobWorkColumns Of(IResolveFieldContext ctx) => _columns.Of(ctx);
}
