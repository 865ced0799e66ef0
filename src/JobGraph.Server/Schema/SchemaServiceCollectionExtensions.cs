using GraphQL;

namespace JobGraph.Server.Schema;

public static class SchemaServiceCollectionExtensions
{
    public static IServiceCollection AddJobGraphSchema(this IServiceCollection services)
    {
        services.AddOptions<MutationOptions>().BindConfiguration(MutationOptions.Section)
            .Validate(o => o.MaxInputsPerCall > 0, "Mutations:MaxInputsPerCall must be positive.")
            .ValidateOnStart();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<JobGraphSchema>()
            .AddGraphTypes(typeof(JobGraphSchema).Assembly)
            .AddPlannedExecution()
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(context =>
            {
                var options = context.ExecutionOptions;
                var correlationId = options?.UserContext?.TryGetValue(CorrelationId.Key, out var id) == true && id is string known
                    ? known
                    : Guid.NewGuid().ToString("N");
                var logger = options?.RequestServices?.GetService<ILogger<JobGraphSchema>>();
                logger?.LogError(context.OriginalException, "Resolver failed at {Path}; correlation id {CorrelationId}",
                    context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)", correlationId);
                // The client gets a stable code and the id to quote, no internals; the exception's class name never becomes a code.
                context.Exception = new ExecutionError("An internal error occurred.")
                {
                    Code = ErrorCodes.InternalServerError,
                    Extensions = new Dictionary<string, object?> { [CorrelationId.Key] = correlationId },
                };
            }));
        return services;
    }
}
