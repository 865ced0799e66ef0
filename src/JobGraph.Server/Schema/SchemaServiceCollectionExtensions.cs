using GraphQL;
using GraphQL.Execution;

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
            .AddSystemTextJson()
            // Measured with bench/run.sh: the parallel default spends a task per field; loaders still batch per level.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILogger<JobGraphSchema>>();
                logger?.LogError(context.OriginalException, "Resolver failed at {Path}", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
                // The client gets a stable code and no internals; the exception's class name never becomes a code.
                context.Exception = new ExecutionError("An internal error occurred.") { Code = ErrorCodes.InternalServerError };
            }));
        return services;
    }
}
