using GraphQL.Types;

namespace JobGraph.Server.Jobs;

public sealed class JobTaskType : ObjectGraphType<JobTask>
{
    public JobTaskType()
    {
        Name = "JobTask";
        Description = "One unit of processing of a connection job, such as fetching one artifact or importing one work.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The task's ID.");
        Field(t => t.ConnectionJobId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The connection job the task belongs to.");
        Field<NonNullGraphType<StringGraphType>>("kind")
            .Description("fetch_artifact | import_work")
            .Resolve(ctx => KindName(ctx.Source.Kind));
        Field(t => t.Name).Description("What the task does, e.g. Fetch W-2 Form 2024.");
        Field<NonNullGraphType<StringGraphType>>("status")
            .Description("pending -> queued -> running -> complete | failed | cancelled")
            .Resolve(ctx => StatusRules.TaskStatus(ctx.Source.Status));
        Field(t => t.JobWorkId, type: typeof(IdGraphType)).Description("The job work the task serves; null for a job-wide task.");
        Field(t => t.WorkId, type: typeof(IdGraphType)).Description("The work the task serves; null for a job-wide task.");
        Field("artifactId", t => t.WorkArtifactId, type: typeof(IdGraphType)).Description("The artifact a fetch task fetches; null for other kinds.");
        Field(t => t.EngineId, nullable: true).Description("The worker that ran or runs the task.");
        Field(t => t.Attempts).Description("How many times the task was started.");
        Field(t => t.Error, nullable: true).Description("Why the task failed.");
        Field(t => t.CreatedAt).Description("When the task was queued.");
        Field(t => t.UpdatedAt).Description("When the task last changed.");
        Field(t => t.StartedAt, nullable: true).Description("When a worker first picked the task up; null while queued.");
        Field(t => t.CompletedAt, nullable: true).Description("When the task reached a final state; null until then.");
    }

    private static string KindName(TaskKind kind) => kind switch
    {
        TaskKind.FetchArtifact => "fetch_artifact",
        TaskKind.ImportWork => "import_work",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
