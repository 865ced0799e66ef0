namespace JobGraph.Server.Works;

/// <summary>
/// Which optional columns a <c>jobWorks</c> selection needs. The job work's id, workspace and work id are always read;
/// a monitoring query that asks for its job works' ids and their works' names reads 5 values a row instead of 16.
/// </summary>
[Flags]
public enum JobWorkColumns
{
    None = 0,

    /// <summary>The job work's createdAt, updatedAt and connectionJobId (which <c>connectionJob</c> loads by).</summary>
    JobWorkDetails = 1,

    /// <summary>The work, joined in the same query: its name and external id (its id and workspace are the job work's).</summary>
    Work = 2,

    /// <summary>The work's tag.</summary>
    WorkTag = 4,

    /// <summary>The work's deletion time, which its status reads.</summary>
    WorkDeletedAt = 8,

    All = JobWorkDetails | Work | WorkTag | WorkDeletedAt,
}
