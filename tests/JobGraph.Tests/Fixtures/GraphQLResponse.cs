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

    /// <summary>
    /// Asserts a 200 answer without errors whose data is exactly <paramref name="expectedJson"/>: compared as compact JSON,
    /// so white space is free but property and item order count.
    /// </summary>
    public void AssertDataEquals(string expectedJson)
        => Assert.Equal(JsonNode.Parse(expectedJson)!.ToJsonString(), AssertData().ToJsonString());

    /// <summary>
    /// Asserts a request refused before execution: this status and media type, <paramref name="code"/> as the first
    /// error's code and no <c>data</c> entry at all.
    /// </summary>
    public void AssertRejected(string code, int statusCode = 200, string mediaType = "application/json")
    {
        Assert.Equal(statusCode, StatusCode);
        Assert.StartsWith(mediaType, ContentType, StringComparison.Ordinal);
        Assert.NotEmpty(ErrorCodes);
        Assert.Equal(code, ErrorCodes[0]);
        Assert.False(Body!.AsObject().ContainsKey("data"), Text);
    }
}
