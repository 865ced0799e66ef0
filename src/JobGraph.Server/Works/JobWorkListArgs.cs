using JobGraph.Server.Lists;

namespace JobGraph.Server.Works;

/// <summary>The arguments of a <c>jobWorks</c> list, and the columns its selection reads (the key keeps a narrow read from answering a wider one).</summary>
public sealed record JobWorkListArgs(ListQuery<JobWorkFilters> Query, JobWorkColumns Columns);
