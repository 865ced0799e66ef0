using GraphQL;
using GraphQL.Types;
using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

public sealed class ConnectionJobType : ObjectGraphType<ConnectionJob>
{
    public ConnectionJobType()
    {
        Name = "ConnectionJob";
        Description = "A batch (import job) on one provider connection that groups works to be imported together.";
        Field(j => j.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The job's ID, e.g. job_123456.");
        Field(j => j.ConnectionId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The connection the job imports through.");
        Field(j => j.WorkspaceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The workspace the job belongs to.");
        Field(j => j.Name).Description("The jobName given at creation.");
        Field<NonNullGraphType<StringGraphType>>("status")
            .Description("pending (import not initiated, or no task started yet) | active | completed | failed | cancelled; computed from the job's tasks.")
            .Resolve(ctx => Summary(ctx).Then(static s => s.Status));
        Field(j => j.CreatedAt).Description("When the job was created.");
        Field(j => j.UpdatedAt).Description("When the job last changed.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobTaskType>>>>("tasks")
            .Description("The job's tasks in creation order.")
            .Resolve(ctx => Tasks(ctx, allColumns: true));
        Field<NonNullGraphType<JobProgressType>>("progress")
            .Description("Terminal tasks of all tasks, and the oldest running task's name.")
            .Resolve(ctx => Summary(ctx).Then(static s => s.Progress));
        Field<JobOutcomeEnum>("outcome")
            .Description("Null until the job is completed, failed or cancelled.")
            .Resolve(ctx => Summary(ctx).Then(static s => s.Outcome));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<JobSummary> Summary(IResolveFieldContext<ConnectionJob> ctx)
        => ctx.RequestServices!.GetRequiredService<JobSummaries>().Of(ctx.Source, ctx, static (job, ctx) =>
        {
            var services = ctx.RequestServices!;
            if (services.GetRequiredService<JobTasksSelection>().ReadsTasks(ctx))
            {
                return Tasks(ctx, allColumns: false).Then(tasks => StatusRules.Summarize(job, tasks));
            }

            // The facts are counted over the job's own workspace only, as the task list's tenant check keeps.
            return services.GetRequiredService<JobTaskFactsByConnectionJobIdLoader>().Load((job.Id, job.WorkspaceId))
                .Then(facts => StatusRules.Summarize(job, facts));
        });

    // The context is pooled once the resolver returns: Then() callbacks capture the source, never the context.
    private static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<JobTask>> Tasks(IResolveFieldContext<ConnectionJob> ctx, bool allColumns)
        => ctx.RequestServices!.GetRequiredService<TasksByConnectionJobIdLoader>().Load(ctx.Source.Id, allColumns)
            .InWorkspace(ctx.Source.WorkspaceId, static t => t.WorkspaceId);
}
