using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests;

/// <summary>The README's first cURL example answers exactly the JSON the README shows under it.</summary>
[Collection(ServerCollection.Name)]
public sealed partial class ReadmeTests(ServerFixture server)
{
    [Fact]
    public async Task The_first_curl_in_the_README_answers_the_JSON_the_README_shows()
    {
        // Arrange
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var curl = FirstCurl().Match(readme);
        Assert.True(curl.Success, "The README has no cURL example followed by the JSON it answers.");
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Endpoint)
        {
            Content = new StringContent(curl.Groups["body"].Value, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", curl.Groups["token"].Value);

        // Act
        using var response = await server.Factory.CreateClient().SendAsync(request);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        var shown = JsonNode.Parse(curl.Groups["json"].Value);
        Assert.True(JsonNode.DeepEquals(WithStableLinks(shown), WithStableLinks(answer)), answer?.ToJsonString());
    }

    // A download link is minted fresh on every read, for the host that asked: only its file and its form must match.
    private static JsonNode? WithStableLinks(JsonNode? answer)
    {
        var copy = answer?.DeepClone();
        foreach (var artifact in copy?["data"]?["me"]?["workspaces"]?[0]?["connections"]?[0]?["jobWorks"]?[0]?["jobWorkArtifacts"]?.AsArray() ?? [])
        {
            var workArtifact = artifact!["workArtifact"]!;
            if ((string?)workArtifact["uploadedUrl"] is { } url)
            {
                var link = SignedLink().Match(url);
                workArtifact["uploadedUrl"] = link.Success ? $"signed link to {link.Groups["file"].Value}" : url;
            }
        }

        return copy;
    }

    // curl ... -H "Authorization: Bearer <token>" ... -d '<body>' ``` ... ```json <json> ```
    [GeneratedRegex("""curl -X POST [^`]*?Authorization: Bearer (?<token>\S+)"[^`]*?-d '(?<body>[^']*)'\s*```[^`]*?```json\s*(?<json>[^`]*)```""")]
    private static partial Regex FirstCurl();

    [GeneratedRegex("""^https?://[^/]+/files/(?<file>artifact_\w+\?sha256=[0-9a-f]{64})&expires=\d+&signature=[\w-]+$""")]
    private static partial Regex SignedLink();
}
