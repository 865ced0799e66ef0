using GraphQL.Types;
using JobGraph.Server.Auth;

namespace JobGraph.Server;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddUserQueries();
    }
}
