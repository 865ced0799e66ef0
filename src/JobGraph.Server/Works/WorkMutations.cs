using GraphQL;
using GraphQL.Types;
using JobGraph.Server.Auth;

namespace JobGraph.Server.Works;

public static class WorkMutations
{
    public static void AddWorkMutations(this MutationType mutation)
        => mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobWorkType>>>>("createJobWorks")
            .Description("Attach one or more works (clients / tax preps) to a connection job, in input order. Idempotent by externalId: a work already in the job is returned as it is, and a work with that externalId from an earlier job on the same connection is reused. A job whose import started takes no new works (CONFLICT).")
            .Argument<NonNullGraphType<IdGraphType>>("connectionJobId", "From createConnectionJob.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<CreateJobWorksInputType>>>>("inputs", "1 to Mutations:MaxInputsPerCall (default 500) works, each externalId once.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<JobWorkCommands>().CreateAsync(
                ctx.RequireId(),
                ctx.GetArgument<string>("connectionJobId"),
                ctx.GetArgument<List<CreateJobWorksInput>>("inputs"),
                ctx.CancellationToken));
}
