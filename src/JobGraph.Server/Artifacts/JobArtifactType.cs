using GraphQL.Types;
using JobGraph.Server.Data;

namespace JobGraph.Server.Artifacts;

public sealed class JobArtifactType : ObjectGraphType<JobArtifact>
{
    public JobArtifactType()
    {
        Name = "JobArtifact";
        Description = "A file attached to a job work; created by createJobWorkArtifacts.";
        Field(ja => ja.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(ja => ja.CreatedAt);
        Field(ja => ja.UpdatedAt);
        Field(ja => ja.WorkspaceId, type: typeof(NonNullGraphType<IdGraphType>));
        Field("artifactId", ja => ja.WorkArtifactId, type: typeof(NonNullGraphType<IdGraphType>)).Description("ID of the underlying WorkArtifact.");
        Field(ja => ja.ConnectionJobId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(ja => ja.JobWorkId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<WorkArtifactType>>("workArtifact")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<WorkArtifactByIdLoader>().Load(ctx.Source.WorkArtifactId)
                .InWorkspace(ctx.Source.WorkspaceId, static a => a.WorkspaceId));
    }
}
