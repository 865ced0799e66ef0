using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace JobGraph.Server.Auth;

public static class AuthServiceCollectionExtensions
{
    public static IServiceCollection AddJobGraphAuth(this IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        // Authentication registers Data Protection, which JobGraph never uses to protect anything: keep its keys in
        // memory rather than writing a key ring to the local disk that replicas would not share.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddScoped<UserByIdLoader>();
        return services;
    }
}
