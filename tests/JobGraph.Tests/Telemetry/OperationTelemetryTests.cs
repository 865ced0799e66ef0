using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using JobGraph.Tests.Fixtures;
using OpenTelemetry.Trace;

namespace JobGraph.Tests.Telemetry;

[Collection(ServerCollection.Name)]
public sealed class OperationTelemetryTests(ServerFixture server)
{
    [Fact]
    public async Task An_operation_emits_a_span_named_after_it_with_DataLoader_and_SQL_spans_below_it()
    {
        // Arrange
        var name = "Telemetry_" + Guid.NewGuid().ToString("N");
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "JobGraph",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        // Act
        var response = await server.DemoClient().PostAsync($"query {name} {{ me {{ workspaces {{ id connections {{ id }} }} }} }}");

        // Assert
        response.AssertData();
        var operation = Assert.Single(spans, s => s.DisplayName == $"query {name}");
        var trace = spans.Where(s => s.TraceId == operation.TraceId).ToList();
        var batches = trace.Where(s => s.DisplayName.StartsWith("dataloader ", StringComparison.Ordinal)).ToList();
        Assert.Contains(batches, b => b.DisplayName == "dataloader ConnectionsByWorkspaceIdLoader" && b.ParentSpanId == operation.SpanId);
        Assert.All(batches, b => Assert.NotNull(b.GetTagItem("jobgraph.dataloader.batch.size")));
        Assert.Contains(trace, s => s.DisplayName == "sql SELECT" && batches.Any(b => b.SpanId == s.ParentSpanId));
    }

    [Fact]
    public async Task Requests_are_counted_by_operation_and_outcome()
    {
        // Arrange
        var name = "Counted_" + Guid.NewGuid().ToString("N");
        var outcomes = new ConcurrentQueue<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "JobGraph" && instrument.Name == "jobgraph.graphql.requests")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var values = tags.ToArray().ToDictionary(t => t.Key, t => t.Value);
            if (Equals(values.GetValueOrDefault("graphql.operation.name"), name))
            {
                outcomes.Enqueue((string)values["graphql.outcome"]!);
            }
        });
        listener.Start();

        // Act
        await server.DemoClient().PostAsync($"query {name} {{ __typename }}");
        await server.DemoClient().PostAsync($"query {name} {{ nope }}");

        // Assert
        Assert.Equal("success,rejected", string.Join(",", outcomes));
    }

    [Fact]
    public async Task Nothing_is_exported_unless_an_OTLP_endpoint_is_configured()
    {
        // Arrange
        await using var configured = server.Factory.WithWebHostBuilder(web => web.UseSetting("Otlp:Endpoint", "http://127.0.0.1:4317"));

        // Act
        var withEndpoint = configured.Services.GetService<TracerProvider>();
        var without = server.Factory.Services.GetService<TracerProvider>();

        // Assert
        Assert.NotNull(withEndpoint);
        Assert.Null(without);
    }
}
