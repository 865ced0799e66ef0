using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Http;

/// <summary>A resolver that fails unexpectedly costs only its field: the client sees a stable code, the log the details.</summary>
[Collection(ServerCollection.Name)]
public sealed class UnexpectedErrorTests(ServerFixture server)
{
    [Fact]
    public async Task A_failing_field_returns_INTERNAL_SERVER_ERROR_with_a_correlation_id_logged_once_and_keeps_the_rest()
    {
        // Arrange: stored metadata that is not JSON makes the metadata resolver throw.
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var artifact = seed.AddArtifact(seed.AddJobWork(), TaskState.Complete, metadataJson: "{not json");
        await server.SeedAsync(seed.AddTo);
        const string Query = """
            query Artifacts($ws: ID!, $c: ID!) {
              me { workspaces(filters: { ids: [$ws] }) { connections(filters: { ids: [$c] }) {
                jobWorks { jobWorkArtifacts { workArtifact { id status metadata } } }
              } } }
            }
            """;

        // Act
        var response = await server.Client(tenant.Token).PostAsync(Query, new { ws = tenant.WorkspaceId, c = tenant.ConnectionId });

        // Assert
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        Assert.Equal("An internal error occurred.", (string?)response.Errors![0]!["message"]);
        Assert.DoesNotContain("Exception", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", response.Text, StringComparison.Ordinal);
        var workArtifact = MeTree.FirstConnection(response.Data!)["jobWorks"]![0]!["jobWorkArtifacts"]![0]!["workArtifact"]!;
        Assert.Equal(artifact.Id, (string?)workArtifact["id"]);
        Assert.Equal("completed", (string?)workArtifact["status"]);
        Assert.Null(workArtifact["metadata"]);
        var correlationId = (string?)response.Errors[0]!["extensions"]!["correlationId"];
        Assert.False(string.IsNullOrEmpty(correlationId));
        var logged = server.Logs.Entries.Where(e => e.Level == LogLevel.Error && Equals(e.Values.GetValueOrDefault("CorrelationId"), correlationId)).ToList();
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(Assert.Single(logged).Exception);
    }
}
