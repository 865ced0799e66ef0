using GraphQL;
using GraphQL.Types;
using JobGraph.Server.Auth;

namespace JobGraph.Server.Jobs;

public static class JobMutations
{
    public static void AddJobMutations(this MutationType mutation)
    {
        mutation.Field<NonNullGraphType<ConnectionJobType>>("createConnectionJob")
            .Description("Create a connection job (import batch) on a provider connection. The job starts pending; add works and artifacts, then initiateTaxPrepsImport.")
            .Argument<NonNullGraphType<IdGraphType>>("connectionId", "The provider connection, in one of the caller's workspaces.")
            .Argument<NonNullGraphType<StringGraphType>>("jobName", "A label, e.g. 2024 Tax Season Import.")
            .ResolveAsync(async ctx => await Commands(ctx).CreateAsync(
                ctx.RequireId(), ctx.GetArgument<string>("connectionId"), ctx.GetArgument<string>("jobName"), ctx.CancellationToken));
        mutation.Field<ConnectionJobType>("initiateTaxPrepsImport")
            .Description("Trigger the import of a connection job's works and artifacts: one fetch task per artifact, one import task per work. The job stays pending until a task starts. Once initiated, the job takes no new works or artifacts; initiating twice, or a cancelled job, is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("connectionJobId", "The connection job to import, from createConnectionJob.")
            .ResolveAsync(async ctx => await Commands(ctx).InitiateImportAsync(
                ctx.RequireId(), ctx.GetArgument<string>("connectionJobId"), ctx.CancellationToken));
        mutation.Field<NonNullGraphType<ConnectionJobType>>("cancelConnectionJob")
            .Description("Cancel a pending or active connection job: every task that has not ended is cancelled, and a running download stops. Cancelling a completed, failed or cancelled job is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("connectionJobId", "The connection job to cancel.")
            .ResolveAsync(async ctx => await Commands(ctx).CancelAsync(
                ctx.RequireId(), ctx.GetArgument<string>("connectionJobId"), ctx.CancellationToken));
    }

    private static ConnectionJobCommands Commands(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ConnectionJobCommands>();
}
