using JobGraph.Server.Http;

namespace JobGraph.Server.Downloads;

public static class DownloadsServiceCollectionExtensions
{
    public static IServiceCollection AddDownloads(this IServiceCollection services)
    {
        services.AddOptions<SigningOptions>().BindConfiguration(SigningOptions.Section)
            .Validate(o => SigningKey.IsValid(o.Key), "Signing:Key must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddOptions<PublicUrlOptions>()
            .Configure<IConfiguration>((o, configuration) =>
                o.PublicBaseUrl = configuration[PublicUrlOptions.Key] is { Length: > 0 } url ? new Uri(url, UriKind.RelativeOrAbsolute) : null)
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "http" or "https"),
                "PublicBaseUrl must be an absolute http or https URL.")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<SigningKey>().AddSingleton<UrlSigner>().AddScoped<DownloadLinks>();
        // The signature in a link's query is the capability itself: request logs show the path only.
        return services.AddQueryStringRedaction(DownloadLinks.PathPrefix);
    }
}
