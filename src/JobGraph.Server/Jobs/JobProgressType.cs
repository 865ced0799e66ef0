using GraphQL.Types;

namespace JobGraph.Server.Jobs;

public sealed class JobProgressType : ObjectGraphType<JobProgress>
{
    public JobProgressType()
    {
        Name = "JobProgress";
        Description = "Progress of a connection job, counted in tasks.";
        Field(p => p.CompletedSteps).Description("Tasks that reached a terminal status (complete, failed or cancelled).");
        Field(p => p.TotalSteps).Description("All tasks of the job.");
        Field(p => p.CurrentStep, nullable: true).Description("Name of the oldest running task; null when none runs.");
    }
}
