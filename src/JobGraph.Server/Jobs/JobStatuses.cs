namespace JobGraph.Server.Jobs;

/// <summary>Values of <c>ConnectionJob.status</c>.</summary>
public static class JobStatuses
{
    public const string Pending = "pending";
    public const string Active = "active";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
