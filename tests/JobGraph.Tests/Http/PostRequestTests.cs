using System.Net.Http.Headers;
using System.Text;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Http;

/// <summary>Bad requests get the GraphQL-over-HTTP status codes and a clear error, never a 500.</summary>
[Collection(ServerCollection.Name)]
public sealed class PostRequestTests(ServerFixture server)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private static readonly string[] _notAnId = ["workspace_123456", "workspace_123457"];

    [Theory]
    [InlineData("{\"query\": \"{ __typename }\"")]
    [InlineData("not json at all")]
    [InlineData("[{\"query\": \"{ __typename }\"}]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"x\"}")]
    public async Task Malformed_body_returns_400_with_BAD_REQUEST(string body)
    {
        // Act
        var response = await server.DemoClient().SendAsync(Raw(body, "application/json"));

        // Assert
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        Assert.Null(response.Body!["data"]);
        Assert.DoesNotContain("GraphQL.", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_a_query_returns_400()
    {
        // Act
        var response = await server.DemoClient().SendAsync(Raw("{\"qeury\": \"{ __typename }\"}", "application/json"));

        // Assert
        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_with_another_content_type_returns_415(string contentType)
    {
        // Act
        var response = await server.DemoClient().SendAsync(Raw("{\"query\": \"{ __typename }\"}", contentType));

        // Assert
        Assert.Equal(415, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Accept_without_a_json_type_returns_406()
    {
        // Act
        var response = await server.DemoClient().PostAsync("query Ping { __typename }", accept: "text/html");

        // Assert
        Assert.Equal(406, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_body_returns_413_with_PAYLOAD_TOO_LARGE()
    {
        // Arrange: the default limit is 1 MiB.
        var body = "{\"query\": \"query Big { __typename }\", \"extensions\": {\"padding\": \"" + new string('x', 1_100_000) + "\"}}";

        // Act
        var response = await server.DemoClient().SendAsync(Raw(body, "application/json"));

        // Assert
        Assert.Equal(413, response.StatusCode);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(null, 200)]
    [InlineData(GraphQLResponse, 400)]
    public async Task Unknown_field_is_a_validation_error(string? accept, int status)
    {
        // Act
        var response = await server.DemoClient().PostAsync("query Unknown { me { id salary } }", accept: accept);

        // Assert
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], response.ErrorCodes);
        Assert.False(response.Body!.AsObject().ContainsKey("data"));
        Assert.Contains("salary", (string?)response.Errors![0]!["message"]);
    }

    [Theory]
    [InlineData(null, 200)]
    [InlineData(GraphQLResponse, 400)]
    public async Task Wrong_variable_type_is_a_validation_error(string? accept, int status)
    {
        // Arrange
        const string Query = """
            query Jobs($workspaceId: ID!, $filters: JobWorkFilters) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections { jobWorks(filters: $filters) { id } } } }
            }
            """;

        // Act
        var response = await server.DemoClient().PostAsync(Query, new { workspaceId = _notAnId, filters = new { ids = new { id = 1 } } }, accept);

        // Assert
        Assert.Equal(status, response.StatusCode);
        Assert.All(response.ErrorCodes, code => Assert.Equal("INVALID_VALUE", code));
        Assert.NotEmpty(response.ErrorCodes);
        Assert.False(response.Body!.AsObject().ContainsKey("data"));
    }

    [Fact]
    public async Task Syntax_error_answers_400_to_graphql_response_clients()
    {
        // Act
        var response = await server.DemoClient().PostAsync("query Broken { me { id ", accept: GraphQLResponse);

        // Assert
        Assert.Equal(400, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal(["SYNTAX_ERROR"], response.ErrorCodes);
    }

    [Fact]
    public async Task Graphql_response_clients_get_that_content_type()
    {
        // Act
        var response = await server.DemoClient().PostAsync("query Me { me { id } }", accept: GraphQLResponse);

        // Assert
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("user_789", (string?)response.AssertData()["me"]!["id"]);
    }

    private static HttpRequestMessage Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, GraphQLClient.Endpoint) { Content = content };
    }
}
