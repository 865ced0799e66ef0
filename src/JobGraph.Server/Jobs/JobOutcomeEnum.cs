using GraphQL.Types;

namespace JobGraph.Server.Jobs;

public sealed class JobOutcomeEnum : EnumerationGraphType<JobOutcome>
{
    public JobOutcomeEnum()
    {
        Name = "JobOutcome";
        Description = "How a finished connection job went.";
        Values.FindByName("SUCCESS")!.Description = "Every task completed.";
        Values.FindByName("PARTIAL_SUCCESS")!.Description = "Some tasks completed, some did not.";
        Values.FindByName("FAILURE")!.Description = "No task completed.";
    }
}
