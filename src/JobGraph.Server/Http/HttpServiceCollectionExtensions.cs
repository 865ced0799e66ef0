using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Http;

public static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.Section)
            .Validate(o => o.MaxRequestBytes > 0, "GraphQLHttp:MaxRequestBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton(new SharedServiceTypes(services));
        return services;
    }

    public static IApplicationBuilder UseGraphQLRequestLog(this IApplicationBuilder app, string path = "/graphql")
        => app.UseWhen(context => context.Request.Path.StartsWithSegments(path), branch => branch.UseMiddleware<RequestLogMiddleware>());

    /// <summary>Every log line about a request under <paramref name="path"/> shows the URL without its query string.</summary>
    public static IServiceCollection AddQueryStringRedaction(this IServiceCollection services, PathString path)
        => services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new QueryStringRedactingLoggerFactory(
            new LoggerFactory(
                sp.GetServices<ILoggerProvider>(),
                sp.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                sp.GetService<IOptions<LoggerFactoryOptions>>(),
                sp.GetService<IExternalScopeProvider>()),
            path)));
}
