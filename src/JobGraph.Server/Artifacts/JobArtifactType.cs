using GraphQL.Types;
using JobGraph.Server.Data;

namespace JobGraph.Server.Artifacts;

public sealed class JobArtifactType : ObjectGraphType<JobArtifact>
{
    public JobArtifactType()
    {
        Name = "JobArtifact";
        Description = "A file attached to a job work; created by createJobWorkArtifacts.";
        Field(ja => ja.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The job artifact's ID, e.g. job_artifact_001.");
        Field(ja => ja.CreatedAt).Description("When the file joined the job.");
        Field(ja => ja.UpdatedAt).Description("When the job artifact last changed.");
        Field(ja => ja.WorkspaceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The workspace the job artifact belongs to.");
        Field("artifactId", ja => ja.WorkArtifactId, type: typeof(NonNullGraphType<IdGraphType>)).Description("ID of the underlying WorkArtifact.");
        Field(ja => ja.ConnectionJobId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The connection job the file is part of.");
        Field(ja => ja.JobWorkId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The job work the file belongs to.");
        Field<NonNullGraphType<WorkArtifactType>>("workArtifact")
            .Description("The file itself: name, type, status and where it was stored.")
            .Resolve(ctx => ctx.Source.WorkArtifact is { } joined
                // The job artifacts query brings the work artifact: no loader round trip for this field.
                ? TenantGuard.Only(joined, ctx.Source.WorkspaceId, static a => a.WorkspaceId)
                : ctx.RequestServices!.GetRequiredService<WorkArtifactByIdLoader>().Load(ctx.Source.WorkArtifactId)
                    .InWorkspace(ctx.Source.WorkspaceId, static a => a.WorkspaceId));
    }
}
