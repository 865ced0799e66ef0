using System.Text.Json.Nodes;

namespace JobGraph.Tests.Fixtures;

/// <summary>Lists of <c>{ id }</c> objects, as the server answers a selection of just <c>id</c>.</summary>
public static class IdList
{
    /// <summary>The <c>id</c> of every item of <paramref name="list"/>, in order.</summary>
    public static string[] Read(JsonNode? list) => list!.AsArray().Select(item => (string)item!["id"]!).ToArray();

    /// <summary>The JSON the server answers for items with these ids, in this order: <c>[{"id":…}, …]</c>.</summary>
    public static JsonArray Of(params string[] ids) => new(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray());
}
