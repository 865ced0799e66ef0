using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Ide;

/// <summary>Banana Cake Pop at the GraphQL endpoint's own address for browsers; <c>/</c> redirects there.</summary>
public static class IdeEndpoints
{
    public static IServiceCollection AddGraphQLIde(this IServiceCollection services)
    {
        services.AddOptions<IdeOptions>().BindConfiguration(IdeOptions.Section);
        return services;
    }

    public static WebApplication UseGraphQLIde(this WebApplication app, string path = "/graphql")
    {
        var options = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        var assets = Path.GetFullPath(options.AssetsPath, AppContext.BaseDirectory);
        var installed = File.Exists(Path.Combine(assets, "index.html"));
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase) || !IdePage.IsBrowserNavigation(http.Request))
            {
                await next(http);
                return;
            }

            var basePath = http.Request.PathBase + path;
            IdePage.NoCache(http.Response);
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                installed ? await IdePage.IndexAsync(assets, basePath, http.RequestAborted) : IdePage.NotInstalled(basePath),
                http.RequestAborted);
        });
        if (installed)
        {
            app.UseStaticFiles(new StaticFileOptions { RequestPath = path, FileProvider = new PhysicalFileProvider(assets) });
        }

        // The IDE reads its settings from bcp-config.json beside the page: call this same endpoint.
        app.MapGet(path + "/bcp-config.json", (HttpRequest request) => Results.Json(new
        {
            endpoint = $"{request.Scheme}://{request.Host}{request.PathBase}{path}",
            useBrowserUrlAsEndpoint = true,
            title = "JobGraph",
            disableTelemetry = true,
        }));
        app.MapGet("/", (HttpRequest request) => Results.Redirect(request.PathBase + path));
        return app;
    }
}
