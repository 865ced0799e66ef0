using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Works;

/// <summary>The arguments of a <c>jobWorks</c> list, and whether its selection reads each job work's work (then fetched in the same query).</summary>
public sealed record JobWorkListArgs(ListQuery<JobWorkFilters> Query, bool WithWork);
