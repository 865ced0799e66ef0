using System.Net;
using Microsoft.Net.Http.Headers;

namespace JobGraph.Server.Ide;

/// <summary>The HTML a browser gets when it opens the endpoint: the IDE, or how to install it.</summary>
public static class IdePage
{
    /// <summary>
    /// A browser navigation: a GET without a GraphQL query that accepts HTML. Clients asking for JSON, or sending a
    /// query, still reach the GraphQL endpoint.
    /// </summary>
    public static bool IsBrowserNavigation(HttpRequest request)
        => HttpMethods.IsGet(request.Method)
            && !request.Query.ContainsKey("query")
            && !request.Query.ContainsKey("extensions")
            && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    /// <summary>
    /// The package's index.html with a base URL at <paramref name="basePath"/>, so its relative asset links resolve
    /// under the endpoint's own path whether or not the address ends in a slash.
    /// </summary>
    public static async Task<string> IndexAsync(string assetsFolder, string basePath, CancellationToken cancellationToken)
    {
        var html = await File.ReadAllTextAsync(Path.Combine(assetsFolder, "index.html"), cancellationToken);
        var headEnd = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase) + "<head>".Length;
        return html.Insert(headEnd, $"<base href=\"{WebUtility.HtmlEncode(basePath)}/\"/>");
    }

    public static string NotInstalled(string endpoint) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"/><title>JobGraph GraphQL endpoint</title></head>
        <body>
        <h1>JobGraph GraphQL endpoint</h1>
        <p>The Banana Cake Pop IDE is not installed on this server: its build found no npm.</p>
        <p>To get it, install Node.js and npm and build again (<code>dotnet build</code> runs <code>npm ci</code> in
        <code>ide/</code> and copies the IDE next to the server), then restart the server.</p>
        <p>Any GraphQL client works meanwhile: POST <code>application/json</code> to <code>{{WebUtility.HtmlEncode(endpoint)}}</code>.</p>
        </body></html>
        """;

    public static void NoCache(HttpResponse response) => response.Headers[HeaderNames.CacheControl] = "no-cache";
}
