using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Artifacts;

public sealed class WorkArtifactType : ObjectGraphType<WorkArtifact>
{
    public WorkArtifactType()
    {
        Name = "WorkArtifact";
        Description = "The file itself as JobGraph tracks it, with its processing status.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The artifact's ID, e.g. artifact_001.");
        Field(a => a.ExternalId).Description("The partner platform's identifier given at creation.");
        Field(a => a.CreatedAt).Description("When the file was pushed.");
        Field(a => a.UpdatedAt).Description("When the file's record last changed.");
        Field(a => a.WorkId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The work the file belongs to.");
        Field(a => a.ConnectionId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The connection the file came through.");
        Field(a => a.Name).Description("e.g. W-2 Form");
        Field(a => a.Type).Description("e.g. w2, 1099, receipt");
        Field<NonNullGraphType<StringGraphType>>("status")
            .Description("pending (initial) -> completed | failed | cancelled (terminal); computed from the artifact's fetch tasks.")
            .Resolve(ctx => Tasks(ctx).Then(StatusRules.ArtifactStatus));
        Field<StringGraphType>("uploadedUrl")
            .Description("Storage URL of the fetched file; only set once status is completed.")
            .Resolve(ctx =>
            {
                var artifact = ctx.Source;
                return Tasks(ctx).Then(tasks => StatusRules.ArtifactStatus(tasks) == ArtifactStatuses.Completed ? artifact.StoredUrl : null);
            });
        Field<JsonScalar>("metadata")
            .Description("File details (size, MIME type, pages) and, on failure, error details under `error`.")
            .Resolve(ctx =>
            {
                var artifact = ctx.Source;
                return Tasks(ctx).Then(tasks => ArtifactMetadata.Compose(artifact, StatusRules.LatestFetch(tasks)));
            });
    }

    // The context is pooled once the resolver returns: Then() callbacks capture the source, never the context.
    private static IDataLoaderResult<IReadOnlyList<JobTask>> Tasks(IResolveFieldContext<WorkArtifact> ctx)
        => ctx.RequestServices!.GetRequiredService<TasksByWorkArtifactIdLoader>().Load(ctx.Source.Id)
            .InWorkspace(ctx.Source.WorkspaceId, static t => t.WorkspaceId);
}
