using System.Net;
using System.Text.Json.Nodes;
using JobGraph.Server.Health;
using JobGraph.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace JobGraph.Tests.Health;

[Collection(ServerCollection.Name)]
public sealed class HealthEndpointsTests(ServerFixture server)
{
    [Fact]
    public async Task A_running_server_is_live_and_ready_with_its_database_migrated()
    {
        // Arrange
        using var http = server.Factory.CreateClient();

        // Act
        var live = await http.GetAsync("/healthz");
        var ready = await http.GetAsync("/readyz");
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        // Assert
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", (string?)body["checks"]!["database"]!["status"]);
        Assert.Equal("No task worker runs in this process.", (string?)body["checks"]!["worker"]!["description"]);
    }

    [Fact]
    public async Task With_its_database_unreachable_the_server_stays_live_but_is_not_ready()
    {
        // Arrange
        await using var live = LiveServer.Start();
        using var http = new HttpClient { BaseAddress = live.BaseAddress };
        var folder = Path.GetDirectoryName(live.DatabasePath)!;
        var away = folder + "-away";
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/readyz")).StatusCode);

        // Act: the database's folder disappears (a lost volume); pooled connections go with it.
        Directory.Move(folder, away);
        SqliteConnection.ClearAllPools();
        HttpResponseMessage ready, healthz;
        try
        {
            ready = await http.GetAsync("/readyz");
            healthz = await http.GetAsync("/healthz");
        }
        finally
        {
            Directory.Move(away, folder);
        }

        // Assert
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", (string?)body["checks"]!["database"]!["status"]);
        Assert.Equal("The database cannot be reached.", (string?)body["checks"]!["database"]!["description"]);
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
    }

    [Fact]
    public async Task A_worker_that_reported_and_stopped_makes_the_server_unready()
    {
        // Arrange: a host of its own, so its worker heartbeat is not the shared server's.
        await using var factory = server.Factory.WithWebHostBuilder(_ => { });
        using var http = factory.CreateClient();
        var heartbeat = factory.Services.GetRequiredService<WorkerHeartbeat>();

        // Act
        heartbeat.Started();
        var running = await http.GetAsync("/readyz");
        heartbeat.Stopped();
        var stopped = await http.GetAsync("/readyz");

        // Assert
        Assert.Equal(HttpStatusCode.OK, running.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
        Assert.Equal("The task worker has stopped.", (string?)JsonNode.Parse(await stopped.Content.ReadAsStringAsync())!["checks"]!["worker"]!["description"]);
    }
}
