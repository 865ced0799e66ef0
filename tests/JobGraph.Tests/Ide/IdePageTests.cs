using System.Net;
using JobGraph.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobGraph.Tests.Ide;

[Collection(ServerCollection.Name)]
public sealed class IdePageTests(ServerFixture server)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_the_IDE_page_with_its_assets_under_the_endpoint()
    {
        // Arrange
        using var http = server.Factory.CreateClient();

        // Act
        var page = await GetAsync(http, "/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;
        var asset = await GetAsync(http, "/graphql/" + script, "*/*");

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    [Fact]
    public async Task The_IDE_is_configured_to_call_the_endpoint_it_was_opened_from()
    {
        // Arrange
        using var http = server.Factory.CreateClient();

        // Act
        var config = await http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/graphql/bcp-config.json");

        // Assert
        Assert.Equal("http://localhost/graphql", (string?)config!["endpoint"]);
        Assert.True((bool?)config["useBrowserUrlAsEndpoint"]);
    }

    [Fact]
    public async Task A_GET_with_a_query_or_asking_for_JSON_still_reaches_the_GraphQL_endpoint()
    {
        // Arrange
        using var http = server.Factory.CreateClient();

        // Act
        var withQuery = await GetAsync(http, "/graphql?query=%7B__typename%7D", BrowserAccept);
        var json = await GetAsync(http, "/graphql", "application/json");

        // Assert
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await withQuery.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
    }

    [Fact]
    public async Task The_root_redirects_to_the_IDE()
    {
        // Arrange
        using var http = server.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var root = await GetAsync(http, "/", BrowserAccept);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/graphql", root.Headers.Location?.ToString());
    }

    [Fact]
    public async Task With_the_IDE_switched_off_a_browser_gets_the_endpoints_own_answer_and_the_root_is_not_found()
    {
        // Arrange
        await using var factory = server.Factory.WithWebHostBuilder(web => web.UseSetting("Ide:Enabled", "false"));
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var page = await GetAsync(http, "/graphql", BrowserAccept);
        var config = await GetAsync(http, "/graphql/bcp-config.json", "*/*");
        var root = await GetAsync(http, "/", BrowserAccept);

        // Assert
        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, root.StatusCode);
    }

    [Fact]
    public async Task Without_the_IDE_files_a_browser_is_told_how_to_install_them()
    {
        // Arrange: what a build without npm leaves behind: no IDE folder next to the server.
        await using var factory = server.Factory.WithWebHostBuilder(web => web.UseSetting("Ide:AssetsPath", "no-ide-here"));
        using var http = factory.CreateClient();

        // Act
        var page = await GetAsync(http, "/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("install Node.js and npm and build again", html, StringComparison.Ordinal);
        Assert.Contains("npm ci", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return await http.SendAsync(request);
    }
}
