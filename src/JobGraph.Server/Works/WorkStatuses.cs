namespace JobGraph.Server.Works;

/// <summary>Values of <c>Work.status</c> (seed 000).</summary>
public static class WorkStatuses
{
    public const string Pending = "pending";
    public const string Imported = "imported";
    public const string Error = "error";
    public const string Deleted = "deleted";
}
