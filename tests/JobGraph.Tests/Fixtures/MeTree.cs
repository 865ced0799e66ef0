using System.Text.Json.Nodes;

namespace JobGraph.Tests.Fixtures;

/// <summary>Walks the <c>me → workspaces → connections</c> levels of a response's data to the part a test reads.</summary>
public static class MeTree
{
    /// <summary>The connections of the first workspace: <c>me.workspaces[0].connections</c>.</summary>
    public static JsonNode Connections(JsonNode data) => data["me"]!["workspaces"]![0]!["connections"]!;

    /// <summary>The first connection of the first workspace: <c>me.workspaces[0].connections[0]</c>.</summary>
    public static JsonNode FirstConnection(JsonNode data) => Connections(data)[0]!;

    /// <summary>The connection of the only workspace; fails unless exactly one workspace and one connection came back.</summary>
    public static JsonNode SingleConnection(JsonNode data)
    {
        var workspace = Assert.Single(data["me"]!["workspaces"]!.AsArray())!;
        return Assert.Single(workspace["connections"]!.AsArray())!;
    }
}
