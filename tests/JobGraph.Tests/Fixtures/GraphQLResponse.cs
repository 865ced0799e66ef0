using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace JobGraph.Tests.Fixtures;

/// <summary>An HTTP answer of the GraphQL endpoint.</summary>
public sealed record GraphQLResponse(
    int StatusCode, string? ContentType, string Text, JsonNode? Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray? Errors => Body?["errors"] as JsonArray;

    /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
    public IReadOnlyList<string?> ErrorCodes => Errors?.Select(e => (string?)e?["extensions"]?["code"]).ToList() ?? [];

    /// <summary>Asserts a 200 answer without errors and returns its data.</summary>
    public JsonNode AssertData()
    {
        Assert.True(StatusCode == 200 && Errors is null, $"Expected 200 without errors, got {StatusCode}: {Text}");
        return Data!;
    }
}
