using System.Text.Json.Nodes;

namespace JobGraph.Server.Schema;

/// <summary>Stored JSON text as a value the <c>JSON</c> scalar writes out unchanged.</summary>
public static class JsonText
{
    public static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}
