namespace JobGraph.Server;

/// <summary>
/// The content root is the app's own folder (where the build puts appsettings.json and the IDE), so
/// <c>dotnet run</c> and <c>dotnet path/to/JobGraph.Server.dll</c> from any folder read the same settings and
/// open the same database. An explicit <c>--contentRoot</c> or ASPNETCORE_/DOTNET_CONTENTROOT still wins.
/// </summary>
public static class AppFolder
{
    public static WebApplicationOptions Options(string[] args)
    {
        var explicitRoot = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 };
        return new WebApplicationOptions { Args = args, ContentRootPath = explicitRoot ? null : AppContext.BaseDirectory };
    }
}
