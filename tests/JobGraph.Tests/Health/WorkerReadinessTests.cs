using System.Net;
using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Health;

/// <summary>/readyz of a server that runs the task worker reports the worker's own heartbeat.</summary>
[Collection(WorkerCollection.Name)]
public sealed class WorkerReadinessTests(WorkerFixture worker)
{
    [Fact]
    public async Task A_server_whose_worker_polls_is_ready_and_says_the_worker_runs()
    {
        // Arrange
        using var http = worker.Server.Factory.CreateClient();

        // Act: the worker reports at its first poll, a moment after start.
        var body = await Poll.UntilAsync(
            async () => JsonNode.Parse(await (await http.GetAsync("/readyz")).Content.ReadAsStringAsync())!,
            b => (string?)b["checks"]?["worker"]?["description"] == "The task worker runs.",
            TimeSpan.FromSeconds(10), "the worker reporting into /readyz");
        var ready = await http.GetAsync("/readyz");

        // Assert
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (string?)body["checks"]!["worker"]!["status"]);
    }
}
