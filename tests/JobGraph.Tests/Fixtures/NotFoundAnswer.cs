using JobGraph.Server;

namespace JobGraph.Tests.Fixtures;

/// <summary>Another tenant's id must get exactly the answer an unknown id gets, so ids cannot be probed.</summary>
public static class NotFoundAnswer
{
    public static void AssertSame(GraphQLResponse foreign, string foreignId, GraphQLResponse unknown, string unknownId)
    {
        Assert.Equal([ErrorCodes.NotFound], foreign.ErrorCodes);
        Assert.Equal([ErrorCodes.NotFound], unknown.ErrorCodes);
        Assert.Equal(Normalized(unknown, unknownId), Normalized(foreign, foreignId));
    }

    private static string Normalized(GraphQLResponse response, string id)
        => response.Text.Replace(id, "<id>", StringComparison.Ordinal);
}
