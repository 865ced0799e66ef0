using GraphQL.Types;
using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;

namespace JobGraph.Server;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "The partner write path: create a connection job, add works and artifacts, initiate the import; or cancel it.";
        this.AddJobMutations();
        this.AddWorkMutations();
        this.AddArtifactMutations();
    }
}
