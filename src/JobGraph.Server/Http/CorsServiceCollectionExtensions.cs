using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Http;

public static class CorsServiceCollectionExtensions
{
    /// <summary>The default CORS policy from <see cref="CrossOriginOptions"/>; preflights are answered before routing.</summary>
    public static IServiceCollection AddGraphQLCors(this IServiceCollection services)
    {
        services.AddOptions<CrossOriginOptions>().BindConfiguration(CrossOriginOptions.Section)
            .Validate(o => o.AllowedOrigins.All(origin => Uri.TryCreate(origin, UriKind.Absolute, out _)), "Cors:AllowedOrigins must be absolute origins such as https://app.example.com.")
            .ValidateOnStart();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, allowed) => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(allowed.Value.AllowedOrigins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            // Bearer tokens travel in Authorization, so the browser must be allowed to send it; no cookies are used.
            .AllowAnyHeader()
            .SetPreflightMaxAge(allowed.Value.PreflightMaxAge)));
        return services;
    }
}
