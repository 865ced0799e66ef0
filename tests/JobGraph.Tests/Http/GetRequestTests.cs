using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class GetRequestTests(ServerFixture server)
{
    [Fact]
    public async Task Get_runs_a_query_with_url_encoded_variables()
    {
        // Arrange
        var query = Uri.EscapeDataString("query Workspace($id: ID!) { me { workspaces(filters: { ids: [$id] }) { slug } } }");
        var variables = Uri.EscapeDataString("""{"id":"workspace_123456"}""");

        // Act
        var response = await server.DemoClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}&variables={variables}"));

        // Assert
        Assert.Equal("smith-associates-tax-firm", (string?)response.AssertData()["me"]!["workspaces"]![0]!["slug"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/graphql-response+json")]
    public async Task Get_refuses_a_mutation_with_405(string? accept)
    {
        // Arrange
        var query = Uri.EscapeDataString("mutation Touch { __typename }");

        // Act
        var response = await server.DemoClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={query}"), accept);

        // Assert
        Assert.Equal(405, response.StatusCode);
        Assert.Contains("POST", response.ContentHeaders.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", response.ErrorCodes);
    }

    [Fact]
    public async Task Get_without_a_query_returns_400()
    {
        // Act
        var response = await server.DemoClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql"));

        // Assert
        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_with_variables_that_are_not_json_returns_400()
    {
        // Act
        var response = await server.DemoClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&variables=%7Bnope"));

        // Assert
        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }
}
