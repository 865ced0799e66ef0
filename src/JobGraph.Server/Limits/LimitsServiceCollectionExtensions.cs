namespace JobGraph.Server.Limits;

public static class LimitsServiceCollectionExtensions
{
    public static IServiceCollection AddGraphQLLimits(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>().BindConfiguration(GraphQLLimitsOptions.Section)
            .Validate(o => o.MaxDocumentLength > 0 && o.MaxOperations > 0 && o.MaxDepth > 0 && o.MaxFields > 0 && o.MaxAliases >= 0
                && o.MaxCost > 0 && o.DefaultListSize > 0 && o.MaxListVariants > 0 && o.MaxErrors > 0,
                "GraphQLLimits: every limit must be positive.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "GraphQLLimits:Timeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<DocumentGate>();
        services.AddSingleton<DocumentCache>();
        return services;
    }
}
