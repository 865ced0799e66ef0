using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace JobGraph.Server.Telemetry;

/// <summary>
/// The "JobGraph" ActivitySource and Meter with their instruments. They are process-wide handles by the design of
/// System.Diagnostics (listeners subscribe by name) and hold no state of ours; base classes such as the batch loader
/// reach them without a constructor parameter.
/// </summary>
public static class JobGraphTelemetry
{
    public const string Name = "JobGraph";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>GraphQL requests executed, by operation and outcome (success, error, rejected).</summary>
    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("jobgraph.graphql.requests", "{request}", "GraphQL operations executed.");

    /// <summary>Execution time of GraphQL operations, by operation and outcome.</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("jobgraph.graphql.duration", "s", "Time to execute a GraphQL operation.");

    /// <summary>Keys per DataLoader batch, by loader.</summary>
    public static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("jobgraph.dataloader.batch.size", "{key}", "Keys fetched in one DataLoader batch.");
}
