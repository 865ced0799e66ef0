namespace JobGraph.Server.Artifacts;

/// <summary>Values of <c>WorkArtifact.status</c> (seed 000): pending until its fetch task ends.</summary>
public static class ArtifactStatuses
{
    public const string Pending = "pending";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
