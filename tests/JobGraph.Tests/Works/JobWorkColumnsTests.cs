using System.Text.Json.Nodes;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Works;

/// <summary>
/// The job works query selects only the job work and work columns its selection reads. Whatever way a field is asked
/// for (directly, through fragments, beside a narrower alias of the same list, or under several connections at once)
/// it answers the same value.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class JobWorkColumnsTests(ServerFixture server)
{
    private const string Direct = """
        query JobWorksDirect($workspaceId: ID!, $connectionId: ID!) {
          me { workspaces(filters: { ids: [$workspaceId] }) { connections(filters: { ids: [$connectionId] }) {
            jobWorks {
              id createdAt updatedAt workspaceId workId connectionJobId connectionJob { id }
              work { id name externalId status tag }
            }
          } } }
        }
        """;

    private const string ThroughFragments = """
        query JobWorksThroughFragments($workspaceId: ID!, $connectionId: ID!) {
          me { workspaces(filters: { ids: [$workspaceId] }) { connections(filters: { ids: [$connectionId] }) {
            narrow: jobWorks { id work { name } }
            jobWorks { ...JobWorkFields }
          } } }
        }

        fragment JobWorkFields on JobWork {
          id
          ... on JobWork { createdAt updatedAt workspaceId }
          workId
          ...Job
          work { id name ...WorkDetails }
        }

        fragment Job on JobWork { connectionJobId connectionJob { id } }

        fragment WorkDetails on Work {
          externalId
          ... { status tag }
        }
        """;

    [Fact]
    public async Task Fields_asked_through_fragments_and_beside_a_narrow_alias_answer_as_when_asked_directly()
    {
        // Arrange
        var (tenant, seed) = await SeedAsync();
        var variables = new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId };

        // Act
        var direct = MeTree.FirstConnection((await server.Client(tenant.Token).PostAsync(Direct, variables)).AssertData());
        var fragments = MeTree.FirstConnection((await server.Client(tenant.Token).PostAsync(ThroughFragments, variables)).AssertData());

        // Assert
        var jobWorks = direct["jobWorks"]!.AsArray();
        Assert.Equal(seed.JobWorks.Select(jw => jw.Id), jobWorks.Select(jw => (string?)jw!["id"]));
        Assert.Equal(seed.JobWorks.Select(jw => jw.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ")), jobWorks.Select(jw => (string?)jw!["createdAt"]));
        Assert.All(jobWorks, jw => Assert.Equal(seed.Job.Id, (string?)jw!["connectionJobId"]));
        Assert.All(jobWorks, jw => Assert.Equal(seed.Job.Id, (string?)jw!["connectionJob"]!["id"]));
        Assert.All(jobWorks, jw => Assert.Equal(tenant.WorkspaceId, (string?)jw!["workspaceId"]));
        Assert.Equal(seed.Works.Select(w => w.ExternalId), jobWorks.Select(jw => (string?)jw!["work"]!["externalId"]));
        Assert.Equal(["2024", null, null], jobWorks.Select(jw => (string?)jw!["work"]!["tag"]));
        Assert.Equal(["imported", "deleted", "pending"], jobWorks.Select(jw => (string?)jw!["work"]!["status"]));
        Assert.Equal(jobWorks.ToJsonString(), fragments["jobWorks"]!.ToJsonString());
        Assert.Equal(seed.Works.Select(w => w.Name), fragments["narrow"]!.AsArray().Select(jw => (string?)jw!["work"]!["name"]));
    }

    [Fact]
    public async Task A_work_read_narrowly_and_then_fully_in_the_same_request_answers_fully()
    {
        // Arrange
        var (tenant, _) = await SeedAsync();
        const string query = """
            query WorkNarrowThenFull($workspaceId: ID!, $connectionId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections(filters: { ids: [$connectionId] }) {
                narrow: jobWorks { id work { name } }
                jobWorks { id work { name } }
                jobWorks { work { tag status } }
                full: jobWorks { id work { id name externalId status tag } }
              } } }
            }
            """;

        // Act
        var connection = MeTree.FirstConnection((await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId })).AssertData());

        // Assert
        var full = connection["full"]!.AsArray().Select(jw => jw!["work"]!).ToList();
        Assert.Equal(["2024", null, null], full.Select(w => (string?)w["tag"]));
        Assert.Equal(["imported", "deleted", "pending"], full.Select(w => (string?)w["status"]));
        // The same response key twice is one field with both selections merged.
        var merged = connection["jobWorks"]!.AsArray().Select(jw => jw!["work"]!).ToList();
        Assert.Equal(full.Select(w => (string?)w["name"]), merged.Select(w => (string?)w["name"]));
        Assert.Equal(["2024", null, null], merged.Select(w => (string?)w["tag"]));
        Assert.Equal(["imported", "deleted", "pending"], merged.Select(w => (string?)w["status"]));
    }

    [Fact]
    public async Task Job_works_of_several_connections_read_narrowly_answer_as_when_read_fully()
    {
        // Arrange
        var (tenant, first) = await SeedAsync();
        var secondId = TestIds.New("connection");
        var second = new JobSeed(tenant, connectionId: secondId);
        second.AddJobWork();
        second.Works[0].Tag = "second";
        await server.SeedAsync(db =>
        {
            db.Connections.Add(tenant.Connection(secondId, "taxdome", "active", Tenant.Epoch));
            second.AddTo(db);
        });
        const string query = """
            query SeveralConnections($workspaceId: ID!) {
              me { workspaces(filters: { ids: [$workspaceId] }) { connections {
                id
                narrow: jobWorks { id work { name tag } }
                jobWorks { id createdAt connectionJobId work { id name tag status } }
              } } }
            }
            """;

        // Act
        var connections = MeTree.Connections((await server.Client(tenant.Token).PostAsync(query, new { workspaceId = tenant.WorkspaceId })).AssertData()).AsArray();

        // Assert
        var byId = connections.ToDictionary(c => (string)c!["id"]!, c => c!);
        Assert.Equal(first.JobWorks.Select(jw => jw.Id), byId[tenant.ConnectionId]["narrow"]!.AsArray().Select(jw => (string?)jw!["id"]));
        Assert.Equal(["2024", null, null], byId[tenant.ConnectionId]["narrow"]!.AsArray().Select(jw => (string?)jw!["work"]!["tag"]));
        Assert.Equal([second.JobWorks[0].Id], byId[secondId]["narrow"]!.AsArray().Select(jw => (string?)jw!["id"]));
        Assert.Equal(["second"], byId[secondId]["jobWorks"]!.AsArray().Select(jw => (string?)jw!["work"]!["tag"]));
        Assert.Equal([second.Job.Id], byId[secondId]["jobWorks"]!.AsArray().Select(jw => (string?)jw!["connectionJobId"]));
        foreach (var connection in byId.Values)
        {
            Assert.Equal(Narrowed(connection["jobWorks"]!.AsArray()), connection["narrow"]!.ToJsonString());
        }
    }

    // Three job works: a tagged, imported work; a deleted one; a pending one.
    private async Task<(Tenant Tenant, JobSeed Seed)> SeedAsync()
    {
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var imported = seed.AddJobWork();
        seed.AddTask(TaskKind.ImportWork, TaskState.Complete, imported);
        seed.AddJobWork();
        seed.AddJobWork();
        seed.Works[0].Tag = "2024";
        seed.Works[1].DeletedAt = Tenant.Epoch.AddHours(1);
        await server.SeedAsync(seed.AddTo);
        return (tenant, seed);
    }

    private static string Narrowed(JsonArray jobWorks) => new JsonArray([.. jobWorks.Select(jw => (JsonNode)new JsonObject
    {
        ["id"] = (string?)jw!["id"],
        ["work"] = new JsonObject { ["name"] = (string?)jw["work"]!["name"], ["tag"] = (string?)jw["work"]!["tag"] },
    })]).ToJsonString();
}
