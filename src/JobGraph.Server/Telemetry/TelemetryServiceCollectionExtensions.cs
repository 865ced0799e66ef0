using GraphQL.DI;
using OpenTelemetry;
using OpenTelemetry.Resources;

namespace JobGraph.Server.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// The JobGraph spans and metrics, always emitted (listeners decide what to keep), and the OpenTelemetry SDK with
    /// its OTLP exporter only when an endpoint is configured: otherwise the server exports nothing and says nothing.
    /// </summary>
    public static IServiceCollection AddJobGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IConfigureExecution, OperationTelemetry>();
        var endpoint = configuration[$"{OtlpOptions.Section}:{nameof(OtlpOptions.Endpoint)}"];
        var standardEndpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standardEndpoint))
        {
            return services;
        }

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(JobGraphTelemetry.Name))
            .WithTracing(tracing => tracing.AddSource(JobGraphTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(JobGraphTelemetry.Name));
        // The standard variables (endpoint, protocol, headers) configure the exporter; Otlp:Endpoint overrides the endpoint.
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            otel.UseOtlpExporter();
        }
        else
        {
            otel.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }

        return services;
    }
}
