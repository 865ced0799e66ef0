namespace JobGraph.Server.Http;

public static class HttpServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.Section)
            .Validate(o => o.MaxRequestBytes > 0, "GraphQLHttp:MaxRequestBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<GraphQLRequestReader>();
        return services;
    }

    public static IApplicationBuilder UseGraphQLRequestLog(this IApplicationBuilder app, string path = "/graphql")
        => app.UseWhen(context => context.Request.Path.StartsWithSegments(path), branch => branch.UseMiddleware<RequestLogMiddleware>());
}
