namespace JobGraph.Server.Telemetry;

public sealed class OtlpOptions
{
    public const string Section = "Otlp";

    /// <summary>
    /// Where to export traces and metrics over OTLP (e.g. http://127.0.0.1:4317). Unset, and without the standard
    /// OTEL_EXPORTER_OTLP_ENDPOINT variable, nothing is exported.
    /// </summary>
    public string? Endpoint { get; set; }
}
