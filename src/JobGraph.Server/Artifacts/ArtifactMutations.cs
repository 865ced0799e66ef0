using GraphQL;
using GraphQL.Types;
using JobGraph.Server.Auth;

namespace JobGraph.Server.Artifacts;

public static class ArtifactMutations
{
    public static void AddArtifactMutations(this MutationType mutation)
        => mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobArtifactType>>>>("createJobWorkArtifacts")
            .Description("Attach one or more files to a job work, in input order; each new artifact starts in status pending. Idempotent by externalId: an artifact already on the work is returned as it is, unless it failed or was cancelled and a url is given, which fetches it again (pending again; allowed after the import started, unless the job is cancelled). A job whose import started takes no new artifacts (CONFLICT).")
            .Argument<NonNullGraphType<IdGraphType>>("jobWorkId", "From createJobWorks.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<CreateJobWorkArtifactsInputType>>>>("inputs", "1 to Mutations:MaxInputsPerCall (default 500) files, each externalId once.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<JobArtifactCommands>().CreateAsync(
                ctx.RequireId(),
                ctx.GetArgument<string>("jobWorkId"),
                ctx.GetArgument<List<CreateJobWorkArtifactsInput>>("inputs"),
                ctx.CancellationToken));
}
