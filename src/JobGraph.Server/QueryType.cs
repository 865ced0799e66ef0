using GraphQL.Types;
using JobGraph.Server.Auth;

namespace JobGraph.Server;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "The entry points of every read: start from `me`.";
        this.AddUserQueries();
    }
}
