using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Artifacts;

/// <summary>A job work's artifacts are listed in the order they were attached.</summary>
public static class JobArtifactOrder
{
    public static readonly SortFields<JobArtifact> ByCreation = new SortFields<JobArtifact>(ja => ja.Id, new("createdAt", false))
        .Add("createdAt", ja => ja.CreatedAt);
}
