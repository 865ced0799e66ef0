using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Downloads;
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
            .Resolve(ctx => FromTasks(ctx, withFile: false, static (_, tasks) => StatusRules.ArtifactStatus(tasks)));
        Field<StringGraphType>("uploadedUrl")
            .Description("A link to download the fetched file from this server; null unless status is completed. Signed, valid 15 minutes "
                + "(until expiresAt) and minted fresh on every read: fetch the artifact again for a new link. Needs no token.")
            .Resolve(ctx => Link(ctx, static link => link?.Url));
        Field<StringGraphType>("downloadUrl")
            .Description("The same signed download link as uploadedUrl, under the name peer APIs use; null unless status is completed.")
            .Resolve(ctx => Link(ctx, static link => link?.Url));
        Field<DateScalar>("expiresAt")
            .Description("When uploadedUrl and downloadUrl stop working (15 minutes after they were minted); null when there is no link.")
            .Resolve(ctx => Link(ctx, static link => link?.ExpiresAt));
        Field<JsonScalar>("metadata")
            .Description("File details: the partner's metadata (size, MIME type, pages), with the stored file's fileSize, mimeType and sha256 "
                + "once fetched (they override the partner's values) and, on failure, error { code, message, attempts, failedAt }.")
            .Resolve(ctx => FromTasks(ctx, withFile: true, static (artifact, tasks) => ArtifactMetadata.Compose(artifact, StatusRules.LatestFetch(tasks))));
    }

    private static object? Link<T>(IResolveFieldContext<WorkArtifact> ctx, Func<DownloadLink?, T> pick)
    {
        var links = ctx.RequestServices!.GetRequiredService<DownloadLinks>();
        return FromTasks(ctx, withFile: true, (artifact, tasks) => pick(ArtifactFile.Of(tasks) is { } file ? links.Mint(artifact.Id, file.Sha256) : null));
    }

    // The context is pooled once the resolver returns: Then() callbacks capture the source, never the context.
    private static IDataLoaderResult<IReadOnlyList<JobTask>> Tasks(IResolveFieldContext<WorkArtifact> ctx, bool withFile)
        => ctx.RequestServices!.GetRequiredService<TasksByWorkArtifactIdLoader>().Load(ctx.Source.Id, withFile)
            .InWorkspace(ctx.Source.WorkspaceId, static t => t.WorkspaceId);

    // The value at once when the artifact's tasks are known (the job artifacts query brings its latest fetch, or an
    // earlier batch loaded them), else a pending result: the engine completes a plain value without scheduling a data
    // loader node.
    private static object? FromTasks<T>(IResolveFieldContext<WorkArtifact> ctx, bool withFile, Func<WorkArtifact, IReadOnlyList<JobTask>, T> map)
    {
        var artifact = ctx.Source;
        // A status needs no file columns: a fetch read with them answers it too.
        // The join keeps that fetch in the artifact's workspace.
        if (artifact.JoinedFetch is { } joined && (artifact.JoinedFetchHasFile || !withFile))
        {
            return map(artifact, joined);
        }

        var loader = ctx.RequestServices!.GetRequiredService<TasksByWorkArtifactIdLoader>();
        if (loader.TryGetLoaded((artifact.Id, withFile), out var tasks) || (!withFile && loader.TryGetLoaded((artifact.Id, true), out tasks)))
        {
            return map(artifact, TenantGuard.Only(tasks, artifact.WorkspaceId, static t => t.WorkspaceId));
        }

        return Later(Tasks(ctx, withFile), artifact, map);
    }

    // Apart, so the closure is allocated only when the tasks are not known yet, not for every field of every artifact.
    private static IDataLoaderResult<T> Later<T>(IDataLoaderResult<IReadOnlyList<JobTask>> tasks, WorkArtifact artifact, Func<WorkArtifact, IReadOnlyList<JobTask>, T> map)
        => tasks.Then(loaded => map(artifact, loaded));
}
