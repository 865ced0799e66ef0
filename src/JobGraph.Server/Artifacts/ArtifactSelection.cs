using GraphQL;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Artifacts;

/// <summary>Works out <see cref="ArtifactColumns"/> from a <c>jobWorkArtifacts</c> selection.</summary>
public sealed class ArtifactSelection
{
    private readonly SelectionColumns<ArtifactColumns> _columns = new SelectionColumns<ArtifactColumns>()
        .Direct(ArtifactColumns.JobArtifactDetails, "createdAt", "updatedAt", "connectionJobId")
        .Direct(ArtifactColumns.ArtifactId, "artifactId")
        .Under("workArtifact", ArtifactColumns.ArtifactId, "id")
        .Under("workArtifact", ArtifactColumns.WorkArtifactDetails, "createdAt", "updatedAt", "workId", "connectionId", "metadata")
        .Under("workArtifact", ArtifactColumns.FetchFile, "uploadedUrl", "downloadUrl", "expiresAt", "metadata");

    /// <summary>The columns the current <c>jobWorkArtifacts</c> field's selection reads.</summary>
    public ArtifactColumns Of(IResolveFieldContext ctx) => _columns.Of(ctx);
}
