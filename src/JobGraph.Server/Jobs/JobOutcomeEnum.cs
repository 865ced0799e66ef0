using GraphQL.Types;

namespace JobGraph.Server.Jobs;

public sealed class JobOutcomeEnum : EnumerationGraphType<JobOutcome>
{
    public JobOutcomeEnum()
    {
        Name = "JobOutcome";
        Description = "How a finished connection job went.";
    }
}
