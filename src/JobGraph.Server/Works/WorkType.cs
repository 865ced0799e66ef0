using GraphQL.Types;
using JobGraph.Server.Data;
using JobGraph.Server.DataLoading;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Works;

public sealed class WorkType : ObjectGraphType<Work>
{
    public WorkType()
    {
        Name = "Work";
        Description = "A client / tax preparation.";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The work's ID, e.g. work_789.");
        Field(w => w.Name).Description("The client record's name, e.g. John Smith - 2024 Tax Return.");
        Field(w => w.ExternalId).Description("The partner platform's identifier given at creation.");
        Field<NonNullGraphType<StringGraphType>>("status")
            .Description("pending | imported | error | deleted; computed from the work's tasks.")
            .Resolve(ctx =>
            {
                var work = ctx.Source;
                return ctx.RequestServices!.GetRequiredService<TasksByWorkIdLoader>().Load(work.Id)
                    .InWorkspace(work.WorkspaceId, static t => t.WorkspaceId)
                    .Then(tasks => StatusRules.WorkStatus(work, tasks));
            });
        Field(w => w.Tag, nullable: true).Description("A free label the partner gave the work, e.g. a tax year; null when none.");
    }
}
