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
        this.AddJobMutations();
        this.AddWorkMutations();
        this.AddArtifactMutations();
    }
}
