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
        Field(jw => jw.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(jw => jw.CreatedAt);
        Field(jw => jw.UpdatedAt);
        Field(jw => jw.WorkspaceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(jw => jw.WorkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(jw => jw.ConnectionJobId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<WorkType>>("work")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<WorkByIdLoader>().Load(ctx.Source.WorkId)
                .InWorkspace(ctx.Source.WorkspaceId, static w => w.WorkspaceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobArtifactType>>>>("jobWorkArtifacts")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<JobArtifactsByJobWorkIdLoader>().Load(ctx.Source.Id)
                .InWorkspace(ctx.Source.WorkspaceId, static ja => ja.WorkspaceId));
        Field<NonNullGraphType<ConnectionJobType>>("connectionJob")
            .Description("The connection job (import batch) this job work belongs to.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ConnectionJobByIdLoader>().Load(ctx.Source.ConnectionJobId)
                .InWorkspace(ctx.Source.WorkspaceId, static j => j.WorkspaceId));
    }
}
