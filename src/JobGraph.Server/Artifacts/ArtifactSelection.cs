using System.Runtime.CompilerServices;
using GraphQL;
using GraphQLParser.AST;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// Works out <see cref="ArtifactColumns"/> from a selection. The answer is a pure function of the field's syntax node,
/// so it is remembered per node: the resolver runs once per job work with the same node.
/// </summary>
public sealed class ArtifactSelection
{
    private readonly ConditionalWeakTable<GraphQLField, StrongBox<ArtifactColumns>> _byField = [];

    private static readonly HashSet<string> _jobArtifactDetails = new(StringComparer.Ordinal) { "createdAt", "updatedAt", "connectionJobId" };
    private static readonly HashSet<string> _workArtifactDetails = new(StringComparer.Ordinal) { "createdAt", "updatedAt", "workId", "connectionId", "metadata" };
    private static readonly HashSet<string> _fetchFile = new(StringComparer.Ordinal) { "uploadedUrl", "downloadUrl", "expiresAt", "metadata" };

    /// <summary>The columns the current <c>jobWorkArtifacts</c> field's selection reads.</summary>
    public ArtifactColumns Of(IResolveFieldContext ctx)
        => _byField.GetValue(ctx.FieldAst, _ => new StrongBox<ArtifactColumns>(Compute(ctx))).Value;

    private static ArtifactColumns Compute(IResolveFieldContext ctx)
    {
        var columns = ArtifactColumns.None;
        if (SelectedFields.Direct(ctx).Any(_jobArtifactDetails.Contains))
        {
            columns |= ArtifactColumns.JobArtifactDetails;
        }

        var artifactFields = SelectedFields.Under(ctx, "workArtifact");
        if (artifactFields.Overlaps(_workArtifactDetails))
        {
            columns |= ArtifactColumns.WorkArtifactDetails;
        }

        if (artifactFields.Overlaps(_fetchFile))
        {
            columns |= ArtifactColumns.FetchFile;
        }

        return columns;
    }
}
