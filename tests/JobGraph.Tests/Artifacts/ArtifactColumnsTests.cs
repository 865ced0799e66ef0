using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Artifacts;

/// <summary>
/// The job artifacts query selects only the columns its selection reads. Whatever way a field is asked for (directly,
/// through fragments, or beside a narrower alias of the same list in one request) it answers the same value.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class ArtifactColumnsTests(ServerFixture server)
{
    private const string Direct = """
        query ArtifactsDirect($workspaceId: ID!, $connectionId: ID!) {
          me { workspaces(filters: { ids: [$workspaceId] }) { connections(filters: { ids: [$connectionId] }) {
            jobWorks {
              jobWorkArtifacts {
                id createdAt updatedAt connectionJobId
                workArtifact { id name status createdAt updatedAt workId connectionId metadata uploadedUrl }
              }
            }
          } } }
        }
        """;

    private const string ThroughFragments = """
        query ArtifactsThroughFragments($workspaceId: ID!, $connectionId: ID!) {
          me { workspaces(filters: { ids: [$workspaceId] }) { connections(filters: { ids: [$connectionId] }) {
            jobWorks {
              narrow: jobWorkArtifacts { id workArtifact { name status } }
              jobWorkArtifacts { ...JobArtifactFields }
            }
          } } }
        }

        fragment JobArtifactFields on JobArtifact {
          id
          ... on JobArtifact { createdAt updatedAt connectionJobId }
          workArtifact { id name status ...Details }
        }

        fragment Details on WorkArtifact {
          createdAt updatedAt workId connectionId
          ... { metadata uploadedUrl }
        }
        """;

    [Fact]
    public async Task Fields_asked_through_fragments_and_beside_a_narrow_alias_answer_as_when_asked_directly()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete, metadataJson: """{"pages":2}""", file: new("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 5));
        seed.AddArtifact(jobWork, TaskState.Failed, metadataJson: """{"pages":1}""");
        seed.Tasks[^1].ErrorCode = "HTTP_404";
        seed.AddArtifact(jobWork);
        await server.SeedAsync(seed.AddTo);
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId };

        // Act
        var direct = Artifacts(await server.Client(tenant.Token).PostAsync(Direct, variables));
        var fragments = Artifacts(await server.Client(tenant.Token).PostAsync(ThroughFragments, variables));

        // Assert
        Assert.Equal(3, direct.Count);
        Assert.Equal(seed.JobArtifacts.Select(ja => ja.ConnectionJobId), direct.Select(a => (string?)a!["connectionJobId"]));
        Assert.Equal(["completed", "failed", "pending"], direct.Select(a => (string?)a!["workArtifact"]!["status"]));
        Assert.Equal(seed.Artifacts.Select(a => a.WorkId), direct.Select(a => (string?)a!["workArtifact"]!["workId"]));
        Assert.Equal(seed.Artifacts.Select(a => a.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ")), direct.Select(a => (string?)a!["workArtifact"]!["createdAt"]));
        Assert.StartsWith("""{"pages":2,"fileSize":5""", direct[0]!["workArtifact"]!["metadata"]!.ToJsonString());
        Assert.Equal("HTTP_404", (string?)direct[1]!["workArtifact"]!["metadata"]!["error"]!["code"]);
        Assert.NotNull((string?)direct[0]!["workArtifact"]!["uploadedUrl"]);
        Assert.Equal(Comparable(direct), Comparable(fragments));
    }

    [Fact]
    public async Task An_artifact_id_or_a_link_asked_alone_names_the_artifact()
    {
        // Arrange: the query reads the work artifact's id only for fields that show it or links that name it.
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete, file: new("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 5));
        seed.AddArtifact(jobWork, TaskState.Failed);
        await server.SeedAsync(seed.AddTo);
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId };
        Task<JsonArray> AskAsync(string selection) => server.Client(tenant.Token).PostAsync($$"""
            query Alone($workspaceId: ID!, $connectionId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections(filters: { ids: [$connectionId] }) {
                jobWorks { jobWorkArtifacts { {{selection}} } }
              } } }
            }
            """, variables).ContinueWith(t => Artifacts(t.Result));

        // Act
        var artifactIds = await AskAsync("artifactId");
        var ids = await AskAsync("workArtifact { id }");
        var links = await AskAsync("workArtifact { uploadedUrl }");
        var statuses = await AskAsync("workArtifact { status }");

        // Assert
        var expected = seed.Artifacts.Select(a => a.Id).ToList();
        Assert.Equal(expected, artifactIds.Select(a => (string?)a!["artifactId"]));
        Assert.Equal(expected, ids.Select(a => (string?)a!["workArtifact"]!["id"]));
        Assert.Contains("/" + expected[0] + "?", (string?)links[0]!["workArtifact"]!["uploadedUrl"]);
        Assert.Null((string?)links[1]!["workArtifact"]!["uploadedUrl"]);
        Assert.Equal(["completed", "failed"], statuses.Select(a => (string?)a!["workArtifact"]!["status"]));
    }

    private static JsonArray Artifacts(GraphQLResponse response)
        => MeTree.FirstConnection(response.AssertData())["jobWorks"]![0]!["jobWorkArtifacts"]!.AsArray();

    // Signed links carry their own expiry: compare them without it.
    private static string Comparable(JsonArray artifacts)
        => Regex.Replace(artifacts.ToJsonString(), "expires=[^\"]*", "");
}
