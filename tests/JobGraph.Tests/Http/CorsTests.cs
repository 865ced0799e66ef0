using System.Net;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Http;

[Collection(ServerCollection.Name)]
public sealed class CorsTests(ServerFixture server)
{
    private const string AllowedOrigin = "https://ide.example.com";

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_with_the_methods_and_headers_it_may_use()
    {
        // Arrange
        await using var factory = server.Factory.WithWebHostBuilder(web => web.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin));
        using var http = factory.CreateClient();

        // Act
        using var response = await http.SendAsync(Preflight(AllowedOrigin));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task A_request_from_an_allowed_origin_gets_its_answer_marked_readable_by_that_origin()
    {
        // Arrange
        await using var factory = server.Factory.WithWebHostBuilder(web => web.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin));
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query Typename { __typename }" }),
        };
        request.Headers.Add("Origin", AllowedOrigin);

        // Act
        using var response = await http.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task By_default_no_other_origin_is_allowed()
    {
        // Arrange
        using var http = server.Factory.CreateClient();

        // Act
        using var response = await http.SendAsync(Preflight("https://elsewhere.example.com"));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private static string Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
