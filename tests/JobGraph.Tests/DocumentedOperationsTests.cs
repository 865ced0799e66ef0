using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace JobGraph.Tests;

/// <summary>The documented operations run verbatim against the demo data and return the documented shape.</summary>
[Collection(ServerCollection.Name)]
public sealed class DocumentedOperationsTests(ServerFixture server)
{
    private static readonly object _seedVariables = new
    {
        workspaceId = "workspace_123456",
        connectionId = "connection_789",
        jobWorkFilters = new { ids = new[] { "job_work_456" } },
    };

    [Fact]
    public async Task Curl_example_returns_the_documented_response_exactly()
    {
        // Arrange
        var query = Operations.Read("GetJobWorkArtifactStatus.curl.graphql");
        var documented = JsonNode.Parse(Operations.Read("GetJobWorkArtifactStatus.curl.response.json"));

        // Act
        var response = await server.DemoClient().PostAsync(query, _seedVariables, sourcePlatform: "my-sample-platform");

        // Assert
        Assert.Equal(200, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(documented, response.Body), response.Text);
    }

    [Fact]
    public async Task GetJobWorkArtifactStatus_returns_the_documented_shape()
    {
        // Act
        var response = await server.DemoClient().PostAsync(Operations.Read("GetJobWorkArtifactStatus.graphql"), _seedVariables);

        // Assert
        response.AssertData();
        Snapshot.Match(JToken.Parse(response.Text));
    }

    [Fact]
    public async Task MonitorConnectionJobArtifacts_returns_every_artifact_of_the_job()
    {
        // Act
        var response = await server.DemoClient().PostAsync(Operations.Read("MonitorConnectionJobArtifacts.graphql"), new
        {
            workspaceId = "workspace_123456",
            connectionId = "connection_789",
            connectionJobId = "job_123456",
        });

        // Assert
        response.AssertData();
        Snapshot.Match(JToken.Parse(response.Text));
    }

    [Theory]
    [InlineData("GetJobWorks.graphql")]
    [InlineData("GetJobWorksByConnectionJob.graphql")]
    [InlineData("GetWorkspaceConnections.graphql")]
    public async Task Other_documented_queries_run_verbatim(string operation)
    {
        // Act
        var response = await server.DemoClient().PostAsync(Operations.Read(operation), new
        {
            workspaceId = "workspace_123456",
            connectionId = "connection_789",
            connectionJobId = "job_123456",
        });

        // Assert
        response.AssertData();
        Snapshot.Match(JToken.Parse(response.Text), SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(operation)));
    }
}
