using GraphQL;
using JobGraph.Server.Schema;

namespace JobGraph.Server;

public sealed class JobGraphSchema : GraphQL.Types.Schema
{
    public JobGraphSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        // Every DateTime is the ISO-8601 `Date` of the reference schema, not GraphQL.NET's date-only scalar.
        this.RegisterTypeMapping<DateTime, DateScalar>();
        // Arguments and input fields can be deprecated like fields, so the contract can evolve without breaking clients.
        Features.DeprecationOfInputValues = true;
    }

    protected override void OnBeforeInitializeType(GraphQL.Types.IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        DirectiveArgumentsDeprecation.AddTo(graphType);
    }
}
