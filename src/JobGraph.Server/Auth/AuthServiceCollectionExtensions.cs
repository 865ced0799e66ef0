using Microsoft.AspNetCore.Authentication;

namespace JobGraph.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddJobGraphAuth(this IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddScoped<UserByIdLoader>();
        return services;
    }
}
