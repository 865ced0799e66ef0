namespace JobGraph.Server.Http;

/// <summary>What the endpoint learnt about a request, for the request log.</summary>
public sealed class GraphQLRequestFeature
{
    public string? OperationName { get; set; }
}
