using GraphQL.Types;
using JobGraph.Server.Artifacts;
using JobGraph.Server.Data;
using JobGraph.Server.Jobs;

namespace JobGraph.Server.Works;

public sealed class JobWorkType : ObjectGraphType<JobWork>
{
    public JobWorkType()
    {
        Name = "JobWork";
        Description = "Link between a connection job and a work; created by createJobWorks.";
        Field(jw => jw.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The job work's ID, e.g. job_work_456.");
        Field(jw => jw.CreatedAt).Description("When the work joined the job.");
        Field(jw => jw.UpdatedAt).Description("When the job work last changed.");
        Field(jw => jw.WorkspaceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The workspace the job work belongs to.");
        Field(jw => jw.WorkId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The work this job imports.");
        Field(jw => jw.ConnectionJobId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The connection job this work is part of.");
        Field<NonNullGraphType<WorkType>>("work")
            .Description("The client record this job imports.")
            .Resolve(ctx => ctx.Source.Work is { } joined
                // The job works query brings the work when the selection reads it: no loader round trip for this field.
                ? TenantGuard.Only(joined, ctx.Source.WorkspaceId, static w => w.WorkspaceId)
                : ctx.RequestServices!.GetRequiredService<WorkByIdLoader>().Load(ctx.Source.WorkId)
                    .InWorkspace(ctx.Source.WorkspaceId, static w => w.WorkspaceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobArtifactType>>>>("jobWorkArtifacts")
            .Description("The files of the work in this job, each with its artifact's status.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<JobArtifactsByJobWorkIdLoader>()
                // The loader keeps to the job work's workspace (its key carries it).
                .Load(ctx.Source.Id, ctx.Source.WorkspaceId, ctx.RequestServices!.GetRequiredService<ArtifactSelection>().Of(ctx)));
        Field<NonNullGraphType<ConnectionJobType>>("connectionJob")
            .Description("The connection job (import batch) this job work belongs to.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ConnectionJobByIdLoader>().Load(ctx.Source.ConnectionJobId)
                .InWorkspace(ctx.Source.WorkspaceId, static j => j.WorkspaceId));
    }
}
