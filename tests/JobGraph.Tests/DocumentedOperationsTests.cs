using System.Net;
using System.Security.Cryptography;
using System.Text;
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
    public async Task Curl_example_returns_the_documented_response_with_a_working_link_to_the_file()
    {
        // Arrange
        var query = Operations.Read("GetJobWorkArtifactStatus.curl.graphql");
        var documented = JsonNode.Parse(Operations.Read("GetJobWorkArtifactStatus.curl.response.json"))!;

        // Act
        var response = await server.DemoClient().PostAsync(query, _seedVariables, sourcePlatform: "my-sample-platform");

        // Assert: the documentation shows its own storage URL and no hash; this server links to its own copy of the
        // file and records the file's SHA-256. Everything else is exactly the documented response.
        Assert.Equal(200, response.StatusCode);
        var actual = response.Body!.DeepClone();
        var w2 = actual["data"]!["me"]!["workspaces"]![0]!["connections"]![0]!["jobWorks"]![0]!["jobWorkArtifacts"]![0]!["workArtifact"]!;
        var uploadedUrl = (string)w2["uploadedUrl"]!;
        var sha256 = (string)w2["metadata"]!["sha256"]!;
        w2["uploadedUrl"] = "https://storage.filed.com/artifacts/artifact_001.pdf";
        w2["metadata"]!.AsObject().Remove("sha256");
        Assert.True(JsonNode.DeepEquals(documented, actual), response.Text);

        Assert.StartsWith("http://localhost/files/artifact_001?", uploadedUrl, StringComparison.Ordinal);
        using var download = await server.Factory.CreateClient().GetAsync(uploadedUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(245678, bytes.Length);
        Assert.Equal("%PDF-1.4", Encoding.ASCII.GetString(bytes, 0, 8));
    }

    [Fact]
    public async Task GetJobWorkArtifactStatus_returns_the_documented_shape()
    {
        // Act
        var response = await server.DemoClient().PostAsync(Operations.Read("GetJobWorkArtifactStatus.graphql"), _seedVariables);

        // Assert
        response.AssertData();
        Snapshot.Match(JToken.Parse(response.Text), options => options.IgnoreAllFields("uploadedUrl"));
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
